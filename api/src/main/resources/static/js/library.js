// The enablement library on the partner portal: the sales decks, battle cards, price lists and
// templates the partner's audience admits, each with its download (a file, or the link it leads to).
import { api } from './api.js';
import { h, when, section, table, mount, flash } from './ui.js';
import { t, term, formatNumber } from './i18n.js';

const KINDS = ['SALES_DECK', 'BATTLE_CARD', 'PRICE_LIST', 'TEMPLATE', 'OTHER'];

/** The visible assets, or null when the caller may not read them (the page then leaves the section out). */
export function loadLibrary(partnerId) {
  return api(`/api/partners/${partnerId}/content?size=100`).then((page) => page.content || []).catch(() => null);
}

function size(bytes) {
  if (bytes == null) return '';
  return bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

export function librarySection(assets) {
  return section(t('library.title'), h('div', { id: 'library' }, table([
    { title: t('library.assetTitle'), cell: (a) => h('span', {}, h('strong', {}, a.title), a.description ? h('div', { class: 'small muted' }, a.description) : null) },
    { title: t('library.kind'), cell: (a) => term('contentKind', a.kind) },
    { title: t('language.label'), cell: (a) => a.locale },
    { title: t('library.published'), cell: (a) => when(a.publishedAt) },
    { title: '', cell: (a) => h('a', { class: 'download', 'data-asset': String(a.id), href: a.download, target: '_blank', rel: 'noopener noreferrer' },
      a.link ? t('library.openLink') : t('library.download', { size: size(a.sizeBytes) }).trim()) },
  ], assets, t('library.empty'))));
}

// Managers' view of the library: every asset with its published version and downloads, a form to
// create one, and per asset a file upload or link for its draft and the submission for review
// (the review itself is a task in the inbox).
export async function libraryManagerView(me) {
  const manager = (me.roles || []).includes('PARTNER_MANAGER');
  const page = await api('/api/content?size=100');
  const reload = () => libraryManagerView(me);
  const act = (label, run) => async (event) => {
    if (event && event.preventDefault) event.preventDefault();
    try {
      await run();
      flash(label, 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const actions = (a) => {
    if (!manager) return null;
    const file = h('input', { type: 'file', name: 'file', accept: '.pdf,.pptx,.docx,.xlsx,.png,.jpg,.jpeg,.zip' });
    const link = h('input', { type: 'url', name: 'link', placeholder: 'https://…' });
    return h('div', { class: 'small', 'data-asset': String(a.id) },
      h('form', { class: 'inline', onsubmit: act(t('library.uploaded'), () => {
        const data = new FormData();
        if (file.files[0]) data.append('file', file.files[0], file.files[0].name);
        return api(`/api/content/${a.id}/file`, { method: 'POST', formData: data });
      }) }, file, h('button', { type: 'submit' }, t('library.upload'))),
      h('form', { class: 'inline', onsubmit: act(t('library.linkSet'), () => api(`/api/content/${a.id}/link`, { method: 'PUT', body: { link: link.value } })) },
        link, h('button', { type: 'submit' }, t('library.setLink'))),
      h('button', { class: 'submit-review', onclick: act(t('library.submitted'), () => api(`/api/content/${a.id}/submission`, { method: 'POST' })) },
        t('library.submit')));
  };
  const create = h('form', { class: 'stacked', id: 'library-create' },
    h('label', {}, `${t('library.assetTitle')} `, h('input', { name: 'title', required: true, maxlength: 200 })),
    h('label', {}, `${t('library.description')} `, h('input', { name: 'description', maxlength: 2000 })),
    h('label', {}, `${t('library.kind')} `, h('select', { name: 'kind' }, KINDS.map((value) => h('option', { value }, term('contentKind', value))))),
    h('label', {}, `${t('language.label')} `, h('input', { name: 'locale', value: 'en', required: true })),
    h('label', {}, `${t('library.countries')} `, h('input', { name: 'countries' })),
    h('label', {}, `${t('campaigns.minimumTier')} `, h('select', { name: 'minimumTier' },
      ['', 'REGISTERED', 'SILVER', 'GOLD', 'PLATINUM'].map((tier) => h('option', { value: tier }, tier ? term('tier', tier) : t('common.any'))))),
    h('button', { type: 'submit' }, t('library.create')));
  create.addEventListener('submit', act(t('library.created'), () => {
    const f = new FormData(create);
    const countries = String(f.get('countries') || '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    return api('/api/content', { method: 'POST', body: {
      title: f.get('title'), description: f.get('description') || null, kind: f.get('kind'), locale: f.get('locale'),
      audience: { countries, minimumTier: f.get('minimumTier') || null },
    } });
  }));
  mount(h('h1', {}, t('library.title')),
    section(t('library.assets'), h('div', { id: 'library-assets' }, table([
      { title: t('library.assetTitle'), cell: (a) => a.title },
      { title: t('library.kind'), cell: (a) => term('contentKind', a.kind) },
      { title: t('language.label'), cell: (a) => a.locale },
      { title: t('library.published'), cell: (a) => (a.publishedVersionId ? t('library.version', { version: a.publishedVersionId }) : '—') },
      { title: t('library.downloads'), cell: (a) => String(a.views) },
      { title: '', cell: actions },
    ], page.content || [], t('library.noAsset')))),
    manager ? section(t('library.newAsset'), create) : null);
}
