// Co-selling in the portal: ask the vendor's direct sales for help on an open deal, follow the
// answer, propose a revenue split with a partner that co-sold a deal, and answer a split a manager
// proposed.
import { api } from './api.js';
import { h, flash, when, table, section, showProblem } from './ui.js';

const HELP = [['TECHNICAL_PRESALES', 'Technical presales'], ['EXECUTIVE_SPONSOR', 'Executive sponsor'],
  ['PRICING_APPROVAL', 'Pricing approval'], ['JOINT_CUSTOMER_MEETING', 'Joint customer meeting'],
  ['PROOF_OF_CONCEPT', 'Proof of concept'], ['OTHER', 'Something else']];
const ROLES = [['FULFILLING', 'Fulfilling'], ['SOURCED', 'Sourced'], ['INFLUENCED', 'Influenced']];
const SPLITTABLE = ['REGISTERED', 'APPROVED', 'WON_UNVERIFIED', 'WON'];

const helpLabel = (value) => (HELP.find(([v]) => v === value) || [value, value])[1];

/** Each splittable deal with its co-sell requests and splits (the first 20 deals). */
export async function loadCoSelling(deals) {
  const shown = deals.filter((d) => SPLITTABLE.includes(d.status)).slice(0, 20);
  return Promise.all(shown.map(async (deal) => ({
    deal,
    requests: await api(`/api/deals/${deal.dealId}/co-sell`).catch(() => []),
    splits: await api(`/api/deals/${deal.dealId}/splits`).catch(() => []),
  })));
}

function helpState(requests) {
  const latest = requests[0];
  if (!latest) return '—';
  const what = `${helpLabel(latest.help)} by ${latest.neededBy}: `;
  if (latest.status === 'OPEN') return h('span', {}, what, latest.overdue ? h('span', { class: 'badge overdue-mark' }, 'answer overdue') : 'waiting for direct sales');
  return h('span', {}, what, h('strong', {}, latest.status === 'ACCEPTED' ? 'agreed' : 'declined'),
    latest.answerNote ? h('span', { class: 'small' }, ` (${latest.answeredBy}: ${latest.answerNote})`) : null);
}

function splitState(splits, act) {
  const current = splits.find((s) => ['PROPOSED', 'OWNER_ACCEPTED', 'APPROVED'].includes(s.status));
  if (!current) return '—';
  const shares = current.shares.map((s) => `${s.role === 'OWNER' ? 'you' : `partner ${s.partnerId} (${s.role.toLowerCase()})`} ${s.sharePercent} %`).join(', ');
  const status = { PROPOSED: 'proposed to you', OWNER_ACCEPTED: 'waiting for the channel', APPROVED: 'in force' }[current.status];
  const answer = current.status === 'PROPOSED'
    ? [h('button', { class: 'split-accept', onclick: act(`/api/deal-splits/${current.id}/answer`, { accepted: true }, 'Split accepted') }, 'Accept'),
      h('button', { class: 'split-decline secondary', onclick: act(`/api/deal-splits/${current.id}/answer`, { accepted: false }, 'Split declined') }, 'Decline')]
    : [];
  return h('span', { class: 'split-state' }, `${shares}: ${status} `, ...answer);
}

export function coSellingSection(rows, reload) {
  const act = (path, body, done) => async () => {
    try {
      await api(path, { method: 'POST', body });
      flash(done, 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const open = rows.filter((r) => r.deal.status === 'REGISTERED' || r.deal.status === 'APPROVED');
  const dealOptions = (list) => list.map((r) => h('option', { value: r.deal.dealId }, r.deal.customerName));
  const helpForm = h('form', { class: 'stacked', id: 'co-sell-form' },
    h('label', {}, 'Deal', h('select', { name: 'dealId', required: true }, dealOptions(open))),
    h('label', {}, 'Help you need', h('select', { name: 'help', required: true }, HELP.map(([value, label]) => h('option', { value }, label)))),
    h('label', {}, 'Needed by', h('input', { name: 'neededBy', type: 'date', required: true })),
    h('label', {}, 'Details (optional)', h('textarea', { name: 'details', maxlength: 2000, rows: 2 })),
    h('button', { id: 'ask-co-sell' }, 'Ask direct sales'));
  helpForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/deals/${helpForm.dealId.value}/co-sell`, { method: 'POST',
        body: { help: helpForm.help.value, neededBy: helpForm.neededBy.value, details: helpForm.details.value.trim() || undefined } });
      flash('Asked: direct sales answers here.', 'ok');
      await reload();
    } catch (e) {
      showProblem(helpForm, e);
    }
  });
  const splitForm = h('form', { class: 'stacked', id: 'split-form' },
    h('label', {}, 'Deal', h('select', { name: 'dealId', required: true }, dealOptions(rows))),
    h('label', {}, 'Co-selling partner (its partner number)', h('input', { name: 'partnerId', type: 'number', min: 1, required: true })),
    h('label', {}, 'Its part', h('select', { name: 'role', required: true }, ROLES.map(([value, label]) => h('option', { value }, label)))),
    h('label', {}, 'Its share in %', h('input', { name: 'sharePercent', type: 'number', min: '0.01', max: '100', step: '0.01', required: true })),
    h('button', { id: 'propose-split' }, 'Propose split'));
  splitForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const share = Number(splitForm.sharePercent.value);
    try {
      await api(`/api/deals/${splitForm.dealId.value}/splits`, { method: 'POST', body: {
        ownerSharePercent: Math.round((100 - share) * 100) / 100,
        coSellers: [{ partnerId: Number(splitForm.partnerId.value), role: splitForm.role.value, sharePercent: share }] } });
      flash('Split proposed: the channel decides it.', 'ok');
      await reload();
    } catch (e) {
      showProblem(splitForm, e);
    }
  });
  return section('Selling together',
    h('p', { class: 'muted small' }, 'Ask the vendor\'s direct sales for help on an open deal, or share a deal\'s revenue with a partner that sold it with you: once the channel approves, its share counts for it.'),
    table([
      { title: 'Deal', cell: (r) => r.deal.customerName },
      { title: 'Help from direct sales', cell: (r) => helpState(r.requests) },
      { title: 'Revenue split', cell: (r) => splitState(r.splits, act) },
    ], rows, 'No deal to sell together yet.'),
    h('div', { class: 'columns' },
      open.length ? helpForm : h('p', { class: 'muted small' }, 'Help can be asked for on an open deal.'),
      rows.length ? splitForm : null));
}
