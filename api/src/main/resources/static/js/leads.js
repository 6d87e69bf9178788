// The partner's lead inbox: the leads offered or assigned to it, masked until opened, with the
// time left to answer an open offer.
import { api } from './api.js';
import { h, flash, when, table, section } from './ui.js';
import { t, term } from './i18n.js';

const REASONS = ['NOT_A_FIT', 'NO_CAPACITY', 'SPAM'];
const LOST = ['NO_BUDGET', 'NO_DECISION', 'LOST_TO_COMPETITOR', 'NOT_A_FIT', 'UNREACHABLE'];

/** The first page of the partner's leads, or null when it may not see them. */
export async function loadLeadInbox(id) {
  return api(`/api/partners/${id}/leads?size=20`).then((page) => page.content).catch(() => null);
}

/** "1 d 4 h left", "35 min left" or "window closed": how long an open offer still waits. */
export function timeLeft(expiresAt, now = Date.now()) {
  const minutes = Math.floor((new Date(expiresAt).getTime() - now) / 60000);
  if (minutes <= 0) return t('leads.windowClosed');
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('leads.daysLeft', { days, hours });
  return hours > 0 ? t('leads.hoursLeft', { hours, minutes: minutes % 60 }) : t('leads.minutesLeft', { minutes });
}

export function leadInboxSection(leads, reload) {
  const act = (path, body, done) => async () => {
    try {
      await api(path, { method: 'POST', body });
      flash(done, 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const who = (l) => (l.masked ? h('span', { class: 'muted' }, t('leads.masked'))
    : h('span', {}, `${l.companyName} (${l.domain})`, h('br'), h('span', { class: 'small' }, `${l.contactName}, ${l.contactEmail}`)));
  const actions = (l) => {
    const buttons = [];
    const live = l.offerStatus === 'OPEN' || l.offerStatus === 'ACCEPTED';
    if (l.masked && live) buttons.push(h('button', { class: 'lead-open', onclick: act(`/api/leads/${l.leadId}/open`, undefined, t('leads.opened')) }, t('leads.open')));
    if (l.offerStatus === 'OPEN') {
      buttons.push(h('button', { class: 'lead-accept', onclick: act(`/api/leads/${l.leadId}/accept`, undefined, t('leads.accepted')) }, t('common.accept')));
      const reason = h('select', { class: 'lead-decline-reason' }, REASONS.map((value) => h('option', { value }, term('leadReason', value))));
      buttons.push(reason, h('button', { class: 'lead-decline', onclick: () => act(`/api/leads/${l.leadId}/decline`, { reason: reason.value }, t('leads.declined'))() },
        t('common.decline')));
    }
    // A lead the partner took: register the deal, close it as lost, or say where it stands.
    if (l.offerStatus === 'ACCEPTED' && (l.leadStatus === 'ACCEPTED' || l.leadStatus === 'ASSIGNED')) {
      const amount = h('input', { class: 'lead-amount', type: 'number', min: '0.01', step: 'any', placeholder: t('deals.amount'), required: true });
      const close = h('input', { class: 'lead-close-date', type: 'date', required: true });
      buttons.push(h('form', { class: 'inline lead-convert' },
        amount, close, h('button', {}, t('deals.register'))));
      buttons.at(-1).addEventListener('submit', (event) => {
        event.preventDefault();
        act(`/api/leads/${l.leadId}/conversion`, { amount: Number(amount.value), expectedCloseDate: close.value }, t('deals.registered'))();
      });
      const lost = h('select', { class: 'lead-lost-reason' }, LOST.map((value) => h('option', { value }, term('leadReason', value))));
      buttons.push(lost, h('button', { class: 'lead-lost', onclick: () => act(`/api/leads/${l.leadId}/loss`, { reason: lost.value }, t('leads.closed'))() }, t('leads.lost')));
      const note = h('input', { class: 'lead-status-note', maxlength: 1000, placeholder: t('leads.whereItStands') });
      buttons.push(note, h('button', { class: 'lead-status', onclick: () => act(`/api/leads/${l.leadId}/status`, { note: note.value.trim() }, t('leads.statusSent'))() },
        t('leads.sendStatus')));
    }
    return h('span', {}, ...buttons);
  };
  return section(t('leads.title'), table([
    { title: t('leads.lead'), cell: (l) => t('leads.what', { product: l.productInterest, country: l.country, source: l.source }) },
    { title: t('deals.customer'), cell: who },
    { title: t('common.status'), cell: (l) => (l.leadStatus === 'CONVERTED' ? t('leads.converted', { deal: l.dealId }) : l.leadStatus === 'LOST' ? t('leads.lostStatus')
      : term('offerStatus', l.assigned ? 'ASSIGNED' : l.offerStatus)) },
    { title: t('common.answerBy'), cell: (l) => (l.offerStatus === 'OPEN' ? `${when(l.expiresAt)} (${timeLeft(l.expiresAt)})` : '') },
    { title: '', cell: actions },
  ], leads, t('leads.none')));
}
