// Co-selling in the portal: ask the vendor's direct sales for help on an open deal, follow the
// answer, propose a revenue split with a partner that co-sold a deal, and answer a split a manager
// proposed.
import { api } from './api.js';
import { h, flash, table, section, showProblem } from './ui.js';
import { t, term, formatDay as day } from './i18n.js';

const HELP = ['TECHNICAL_PRESALES', 'EXECUTIVE_SPONSOR', 'PRICING_APPROVAL', 'JOINT_CUSTOMER_MEETING', 'PROOF_OF_CONCEPT', 'OTHER'];
const ROLES = ['FULFILLING', 'SOURCED', 'INFLUENCED'];
const SPLITTABLE = ['REGISTERED', 'APPROVED', 'WON_UNVERIFIED', 'WON'];

const helpLabel = (value) => term('coSellHelp', value);

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
  const what = `${t('coSell.helpBy', { help: helpLabel(latest.help), by: day(latest.neededBy) })}: `;
  if (latest.status === 'OPEN') {
    return h('span', {}, what, latest.overdue ? h('span', { class: 'badge overdue-mark' }, t('coSell.answerOverdue')) : t('coSell.waiting'));
  }
  return h('span', {}, what, h('strong', {}, latest.status === 'ACCEPTED' ? t('coSell.agreed') : t('coSell.declined')),
    latest.answerNote ? h('span', { class: 'small' }, ` (${latest.answeredBy}: ${latest.answerNote})`) : null);
}

function splitState(splits, act) {
  const current = splits.find((s) => ['PROPOSED', 'OWNER_ACCEPTED', 'APPROVED'].includes(s.status));
  if (!current) return '—';
  const shares = current.shares.map((s) => `${s.role === 'OWNER' ? t('coSell.you')
    : t('coSell.coSeller', { partner: s.partnerId, role: term('splitPart', s.role, s.role).toLowerCase() })} ${s.sharePercent} %`).join(', ');
  const status = term('splitStatus', current.status);
  const answer = current.status === 'PROPOSED'
    ? [h('button', { class: 'split-accept', onclick: act(`/api/deal-splits/${current.id}/answer`, { accepted: true }, t('coSell.splitAccepted')) }, t('common.accept')),
      h('button', { class: 'split-decline secondary', onclick: act(`/api/deal-splits/${current.id}/answer`, { accepted: false }, t('coSell.splitDeclined')) },
        t('common.decline'))]
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
    h('label', {}, t('coSell.deal'), h('select', { name: 'dealId', required: true }, dealOptions(open))),
    h('label', {}, t('coSell.help'), h('select', { name: 'help', required: true }, HELP.map((value) => h('option', { value }, helpLabel(value))))),
    h('label', {}, t('coSell.neededBy'), h('input', { name: 'neededBy', type: 'date', required: true })),
    h('label', {}, t('coSell.details'), h('textarea', { name: 'details', maxlength: 2000, rows: 2 })),
    h('button', { id: 'ask-co-sell' }, t('coSell.ask')));
  helpForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/deals/${helpForm.dealId.value}/co-sell`, { method: 'POST',
        body: { help: helpForm.help.value, neededBy: helpForm.neededBy.value, details: helpForm.details.value.trim() || undefined } });
      flash(t('coSell.asked'), 'ok');
      await reload();
    } catch (e) {
      showProblem(helpForm, e);
    }
  });
  const splitForm = h('form', { class: 'stacked', id: 'split-form' },
    h('label', {}, t('coSell.deal'), h('select', { name: 'dealId', required: true }, dealOptions(rows))),
    h('label', {}, t('coSell.partner'), h('input', { name: 'partnerId', type: 'number', min: 1, required: true })),
    h('label', {}, t('coSell.part'), h('select', { name: 'role', required: true }, ROLES.map((value) => h('option', { value }, term('splitPart', value))))),
    h('label', {}, t('coSell.share'), h('input', { name: 'sharePercent', type: 'number', min: '0.01', max: '100', step: '0.01', required: true })),
    h('button', { id: 'propose-split' }, t('coSell.propose')));
  splitForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const share = Number(splitForm.sharePercent.value);
    try {
      await api(`/api/deals/${splitForm.dealId.value}/splits`, { method: 'POST', body: {
        ownerSharePercent: Math.round((100 - share) * 100) / 100,
        coSellers: [{ partnerId: Number(splitForm.partnerId.value), role: splitForm.role.value, sharePercent: share }] } });
      flash(t('coSell.proposed'), 'ok');
      await reload();
    } catch (e) {
      showProblem(splitForm, e);
    }
  });
  return section(t('coSell.title'),
    h('p', { class: 'muted small' }, t('coSell.intro')),
    table([
      { title: t('coSell.deal'), cell: (r) => r.deal.customerName },
      { title: t('coSell.helpTitle'), cell: (r) => helpState(r.requests) },
      { title: t('coSell.split'), cell: (r) => splitState(r.splits, act) },
    ], rows, t('coSell.none')),
    h('div', { class: 'columns' },
      open.length ? helpForm : h('p', { class: 'muted small' }, t('coSell.openOnly')),
      rows.length ? splitForm : null));
}
