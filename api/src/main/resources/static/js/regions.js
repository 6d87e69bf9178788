// Regions for partner managers: the markets the programme runs in, a form to plan one, its launch
// (the checklist then runs as tasks in the inbox), each region's MDF budgets, and its quarter's
// totals in the programme currency and its own.
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
  const showTotals = async (region, quarter) => {
    const target = document.getElementById('region-totals');
    const query = quarter ? `?quarter=${encodeURIComponent(quarter)}` : '';
    let totals;
    try {
      totals = await api(`/api/regions/${encodeURIComponent(region.code)}/totals${query}`);
    } catch (e) {
      flash(e.message, 'error');
      return;
    }
    const programme = totals.inProgrammeCurrency;
    const own = totals.inRegionCurrency.currency !== programme.currency ? totals.inRegionCurrency : null;
    const figures = [
      ['wonRevenue', t('regions.wonRevenue')],
      ['mdfReserved', t('regions.mdfReserved')],
      ['mdfPaid', t('regions.mdfPaid')],
      ['rebates', t('regions.rebates')],
    ];
    const columns = [
      { title: '', cell: ([, label]) => label },
      { title: t('regions.inCurrency', { currency: programme.currency }), cell: ([key]) => money(programme[key], programme.currency) },
    ];
    if (own) {
      columns.push({ title: t('regions.inCurrency', { currency: own.currency }), cell: ([key]) => money(own[key], own.currency) });
    }
    const picker = h('form', { class: 'inline', id: 'region-totals-quarter' },
      h('label', {}, t('regions.quarter'), ' ',
        h('input', { name: 'quarter', value: totals.quarter, pattern: '[12][0-9]{3}-Q[1-4]', placeholder: '2026-Q4', size: 8 })),
      ' ', h('button', { class: 'secondary' }, t('regions.show')));
    picker.addEventListener('submit', (event) => {
      event.preventDefault();
      showTotals(region, new FormData(picker).get('quarter').trim());
    });
    target.replaceChildren(
      h('h3', {}, t('regions.totalsOf', { name: region.name, quarter: totals.quarter })),
      picker,
      h('p', { class: 'muted small' }, t('regions.totalsNote', { partners: totals.partners })),
      table(columns, figures));
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
      h('button', { class: 'secondary', id: `budgets-${r.code}`, onclick: () => showBudgets(r) }, t('regions.budgets')), ' ',
      h('button', { class: 'secondary', id: `totals-${r.code}`, onclick: () => showTotals(r) }, t('regions.totals'))) },
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
    section(t('regions.title'), rows, h('div', { id: 'region-budgets' }), h('div', { id: 'region-totals' })),
    section(t('regions.plan'), form));
}
