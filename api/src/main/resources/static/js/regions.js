// Regions for partner managers: the markets the programme runs in, a form to plan one, its launch
// (the checklist then runs as tasks in the inbox), and each region's MDF budgets.
import { api } from './api.js';
import { h, mount, flash, when, table, section, money, showProblem } from './ui.js';
import { t, term } from './i18n.js';

function list(value, upper) {
  return value.split(',').map((v) => v.trim()).filter(Boolean).map((v) => (upper ? v.toUpperCase() : v));
}

export async function regionsView() {
  const regions = await api('/api/regions');
  const launch = async (region) => {
    try {
      await api(`/api/regions/${encodeURIComponent(region.code)}/launch`, { method: 'POST' });
      flash(t('regions.launched', { code: region.code }));
      await regionsView();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const showBudgets = async (region) => {
    const budgets = await api(`/api/regions/${encodeURIComponent(region.code)}/mdf-budgets`);
    document.getElementById('region-budgets').replaceChildren(
      h('h3', {}, t('regions.budgetsOf', { name: region.name })),
      table([
        { title: t('regions.quarter'), cell: (b) => b.quarter },
        { title: t('regions.tier'), cell: (b) => term('tier', b.tier) },
        { title: t('regions.total'), cell: (b) => money(b.total, b.currency) },
        { title: t('regions.remaining'), cell: (b) => money(b.remaining, b.currency) },
      ], budgets, t('regions.noBudgets')));
  };
  const rows = table([
    { title: t('regions.code'), cell: (r) => r.code },
    { title: t('regions.name'), cell: (r) => r.name },
    { title: t('regions.status'), cell: (r) => h('span', { class: `chip region-${r.status.toLowerCase()}` }, term('regionStatus', r.status)) },
    { title: t('regions.countries'), cell: (r) => (r.catchAll ? t('regions.catchAll') : r.countries.join(', ')) },
    { title: t('regions.currency'), cell: (r) => r.baseCurrency },
    { title: t('regions.locale'), cell: (r) => r.defaultLocale },
    { title: t('regions.approvers'), cell: (r) => r.approverGroups.join(', ') || '—' },
    { title: t('regions.held'), cell: (r) => String(r.heldApplications) },
    { title: t('regions.liveSince'), cell: (r) => when(r.liveSince) },
    { title: '', cell: (r) => h('span', {},
      r.status === 'PLANNED' ? h('button', { class: 'secondary', id: `launch-${r.code}`, onclick: () => launch(r) }, t('regions.launch')) : null, ' ',
      h('button', { class: 'secondary', id: `budgets-${r.code}`, onclick: () => showBudgets(r) }, t('regions.budgets'))) },
  ], regions);
  const form = h('form', { class: 'stacked', id: 'region-form' },
    h('label', {}, t('regions.code'), h('input', { name: 'code', required: true, pattern: '[A-Z][A-Z0-9_]{1,31}', placeholder: 'DACH' })),
    h('label', {}, t('regions.name'), h('input', { name: 'name', required: true, maxlength: 120 })),
    h('label', {}, t('regions.currency'), h('input', { name: 'baseCurrency', required: true, pattern: '[A-Z]{3}', placeholder: 'CHF' })),
    h('label', {}, t('regions.locale'), h('input', { name: 'defaultLocale', required: true, value: 'en', placeholder: 'de' })),
    h('label', {}, t('regions.countriesHint'), h('input', { name: 'countries', placeholder: 'DE, AT, CH' })),
    h('label', {}, t('regions.approversHint'), h('input', { name: 'approverGroups', placeholder: 'approvers-dach' })),
    h('button', { id: 'plan-region' }, t('regions.plan')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const region = await api('/api/regions', { method: 'POST', body: {
        code: data.get('code').trim(), name: data.get('name').trim(), baseCurrency: data.get('baseCurrency').trim().toUpperCase(),
        defaultLocale: data.get('defaultLocale').trim(), countries: list(data.get('countries'), true),
        approverGroups: list(data.get('approverGroups'), false) } });
      flash(t('regions.planned', { code: region.code }));
      await regionsView();
    } catch (e) {
      showProblem(form, e);
    }
  });
  mount(
    h('h1', {}, t('regions.title')),
    h('p', { class: 'muted' }, t('regions.intro')),
    section(t('regions.title'), rows, h('div', { id: 'region-budgets' })),
    section(t('regions.plan'), form));
}
