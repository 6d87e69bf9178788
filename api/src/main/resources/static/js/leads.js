// The partner's lead inbox: the leads offered or assigned to it, masked until opened, with the
// time left to answer an open offer.
import { api } from './api.js';
import { h, flash, when, table, section } from './ui.js';

const REASONS = [['NOT_A_FIT', 'Not a fit'], ['NO_CAPACITY', 'No capacity'], ['SPAM', 'Spam']];
const LOST = [['NO_BUDGET', 'No budget'], ['NO_DECISION', 'No decision'], ['LOST_TO_COMPETITOR', 'Lost to a competitor'],
  ['NOT_A_FIT', 'Not a fit'], ['UNREACHABLE', 'Unreachable']];

/** The first page of the partner's leads, or null when it may not see them. */
export async function loadLeadInbox(id) {
  return api(`/api/partners/${id}/leads?size=20`).then((page) => page.content).catch(() => null);
}

/** "1 d 4 h left", "35 min left" or "window closed": how long an open offer still waits. */
export function timeLeft(expiresAt, now = Date.now()) {
  const minutes = Math.floor((new Date(expiresAt).getTime() - now) / 60000);
  if (minutes <= 0) return 'window closed';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h left`;
  return hours > 0 ? `${hours} h ${minutes % 60} min left` : `${minutes} min left`;
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
  const who = (l) => (l.masked ? h('span', { class: 'muted' }, 'Open to see the customer')
    : h('span', {}, `${l.companyName} (${l.domain})`, h('br'), h('span', { class: 'small' }, `${l.contactName}, ${l.contactEmail}`)));
  const actions = (l) => {
    const buttons = [];
    const live = l.offerStatus === 'OPEN' || l.offerStatus === 'ACCEPTED';
    if (l.masked && live) buttons.push(h('button', { class: 'lead-open', onclick: act(`/api/leads/${l.leadId}/open`, undefined, 'Lead opened') }, 'Open'));
    if (l.offerStatus === 'OPEN') {
      buttons.push(h('button', { class: 'lead-accept', onclick: act(`/api/leads/${l.leadId}/accept`, undefined, 'Lead accepted') }, 'Accept'));
      const reason = h('select', { class: 'lead-decline-reason' }, REASONS.map(([value, label]) => h('option', { value }, label)));
      buttons.push(reason, h('button', { class: 'lead-decline', onclick: () => act(`/api/leads/${l.leadId}/decline`, { reason: reason.value }, 'Lead declined')() }, 'Decline'));
    }
    // A lead the partner took: register the deal, close it as lost, or say where it stands.
    if (l.offerStatus === 'ACCEPTED' && (l.leadStatus === 'ACCEPTED' || l.leadStatus === 'ASSIGNED')) {
      const amount = h('input', { class: 'lead-amount', type: 'number', min: '0.01', step: 'any', placeholder: 'Amount', required: true });
      const close = h('input', { class: 'lead-close-date', type: 'date', required: true });
      buttons.push(h('form', { class: 'inline lead-convert' },
        amount, close, h('button', {}, 'Register deal')));
      buttons.at(-1).addEventListener('submit', (event) => {
        event.preventDefault();
        act(`/api/leads/${l.leadId}/conversion`, { amount: Number(amount.value), expectedCloseDate: close.value }, 'Deal registered')();
      });
      const lost = h('select', { class: 'lead-lost-reason' }, LOST.map(([value, label]) => h('option', { value }, label)));
      buttons.push(lost, h('button', { class: 'lead-lost', onclick: () => act(`/api/leads/${l.leadId}/loss`, { reason: lost.value }, 'Lead closed')() }, 'Lost'));
      const note = h('input', { class: 'lead-status-note', maxlength: 1000, placeholder: 'Where it stands' });
      buttons.push(note, h('button', { class: 'lead-status', onclick: () => act(`/api/leads/${l.leadId}/status`, { note: note.value.trim() }, 'Status sent')() }, 'Send status'));
    }
    return h('span', {}, ...buttons);
  };
  return section('Leads', table([
    { title: 'Lead', cell: (l) => `${l.productInterest} in ${l.country} (${l.source})` },
    { title: 'Customer', cell: who },
    { title: 'Status', cell: (l) => (l.leadStatus === 'CONVERTED' ? `deal ${l.dealId}` : l.leadStatus === 'LOST' ? 'lost'
      : (l.assigned ? 'ASSIGNED' : l.offerStatus)) },
    { title: 'Answer by', cell: (l) => (l.offerStatus === 'OPEN' ? `${when(l.expiresAt)} (${timeLeft(l.expiresAt)})` : '') },
    { title: '', cell: actions },
  ], leads, 'No lead offered to you yet.'));
}
