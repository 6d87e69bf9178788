// The enablement library on the partner portal: the sales decks, battle cards, price lists and
// templates the partner's audience admits, each with its download (a file, or the link it leads to).
import { api } from './api.js';
import { h, when, section, table, mount, flash } from './ui.js';

const KINDS = { SALES_DECK: 'Sales deck', BATTLE_CARD: 'Battle card', PRICE_LIST: 'Price list', TEMPLATE: 'Template', OTHER: 'Other' };

/** The visible assets, or null when the caller may not read them (the page then leaves the section out). */
export function loadLibrary(partnerId) {
  return api(`/api/partners/${partnerId}/content?size=100`).then((page) => page.content || []).catch(() => null);
}

function size(bytes) {
  if (bytes == null) return '';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function librarySection(assets) {
  return section('Library', h('div', { id: 'library' }, table([
    { title: 'Title', cell: (a) => h('span', {}, h('strong', {}, a.title), a.description ? h('div', { class: 'small muted' }, a.description) : null) },
    { title: 'Kind', cell: (a) => KINDS[a.kind] || a.kind },
    { title: 'Language', cell: (a) => a.locale },
    { title: 'Published', cell: (a) => when(a.publishedAt) },
    { title: '', cell: (a) => h('a', { class: 'download', 'data-asset': String(a.id), href: a.download, target: '_blank', rel: 'noopener noreferrer' },
      a.link ? 'Open link' : `Download ${size(a.sizeBytes)}`.trim()) },
  ], assets, 'Nothing in your library yet.')));
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
      h('form', { class: 'inline', onsubmit: act('File uploaded', () => {
        const data = new FormData();
        if (file.files[0]) data.append('file', file.files[0], file.files[0].name);
        return api(`/api/content/${a.id}/file`, { method: 'POST', formData: data });
      }) }, file, h('button', { type: 'submit' }, 'Upload')),
      h('form', { class: 'inline', onsubmit: act('Link set', () => api(`/api/content/${a.id}/link`, { method: 'PUT', body: { link: link.value } })) },
        link, h('button', { type: 'submit' }, 'Set link')),
      h('button', { class: 'submit-review', onclick: act('Submitted for review', () => api(`/api/content/${a.id}/submission`, { method: 'POST' })) }, 'Submit for review'));
  };
  const create = h('form', { class: 'stacked', id: 'library-create' },
    h('label', {}, 'Title ', h('input', { name: 'title', required: true, maxlength: 200 })),
    h('label', {}, 'Description ', h('input', { name: 'description', maxlength: 2000 })),
    h('label', {}, 'Kind ', h('select', { name: 'kind' }, Object.entries(KINDS).map(([value, text]) => h('option', { value }, text)))),
    h('label', {}, 'Language ', h('input', { name: 'locale', value: 'en', required: true })),
    h('label', {}, 'Countries (comma separated, empty for all) ', h('input', { name: 'countries' })),
    h('label', {}, 'Minimum tier ', h('select', { name: 'minimumTier' }, ['', 'REGISTERED', 'SILVER', 'GOLD', 'PLATINUM'].map((t) => h('option', { value: t }, t || 'any')))),
    h('button', { type: 'submit' }, 'Create asset'));
  create.addEventListener('submit', act('Asset created', () => {
    const f = new FormData(create);
    const countries = String(f.get('countries') || '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    return api('/api/content', { method: 'POST', body: {
      title: f.get('title'), description: f.get('description') || null, kind: f.get('kind'), locale: f.get('locale'),
      audience: { countries, minimumTier: f.get('minimumTier') || null },
    } });
  }));
  mount(h('h1', {}, 'Library'),
    section('Assets', h('div', { id: 'library-assets' }, table([
      { title: 'Title', cell: (a) => a.title },
      { title: 'Kind', cell: (a) => KINDS[a.kind] || a.kind },
      { title: 'Language', cell: (a) => a.locale },
      { title: 'Published', cell: (a) => (a.publishedVersionId ? `version ${a.publishedVersionId}` : '—') },
      { title: 'Downloads', cell: (a) => String(a.views) },
      { title: '', cell: actions },
    ], page.content || [], 'No asset yet.'))),
    manager ? section('New asset', create) : null);
}
