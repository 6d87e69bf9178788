// Account mapping on the page: the overlap matrix of a partner with the vendor, and the plays
// the overlaps raised, which the partner answers in the portal.
import { api } from './api.js';
import { h, flash, when, table, section } from './ui.js';

const POPULATIONS = [['CUSTOMERS', 'Customers'], ['OPEN_OPPORTUNITIES', 'Open opportunities'], ['PROSPECTS', 'Prospects']];
const PLAYS = { ASK_FOR_INTRODUCTION: 'Introduce us', CO_SELL: 'Sell together', REFER: 'Referral for you' };

/** The partner's overlaps, or null when it shares nothing yet (or may not see them). */
export async function loadOverlaps(id) {
  const matrix = await api(`/api/partners/${id}/overlaps`).catch(() => null);
  return matrix && matrix.partner.some((p) => p.sharingLevel !== 'HIDDEN') ? matrix : null;
}

/** What a cell shows: hidden, a count, or the count with the overlapping accounts. */
function cellText(cell) {
  if (cell.visibleAs === 'HIDDEN') return h('span', { class: 'muted' }, 'hidden');
  const count = h('strong', {}, String(cell.overlapping));
  if (!cell.accounts || !cell.accounts.length) return count;
  return h('span', {}, count, h('br'), h('span', { class: 'small' }, cell.accounts.slice(0, 5).join(', ')
    + (cell.accounts.length > 5 ? ` and ${cell.accounts.length - 5} more` : '')));
}

/** Vendor populations down, partner populations across; each list's sharing level in its header. */
export function overlapSection(matrix) {
  const level = (side, population) => side.find((s) => s.population === population).sharingLevel.toLowerCase();
  const cell = (vendor, partner) => matrix.cells.find((c) => c.vendorPopulation === vendor && c.partnerPopulation === partner);
  return section('Account overlaps', h('table', { class: 'grid overlaps', id: 'overlaps' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Vendor \\ Partner'),
      ...POPULATIONS.map(([p, label]) => h('th', {}, label, h('br'), h('span', { class: 'small muted' }, level(matrix.partner, p)))))),
    h('tbody', {}, ...POPULATIONS.map(([v, label]) => h('tr', {},
      h('th', {}, label, h('br'), h('span', { class: 'small muted' }, level(matrix.vendor, v))),
      ...POPULATIONS.map(([p]) => h('td', { 'data-cell': `${v}:${p}` }, cellText(cell(v, p)))))))));
}

/** The partner's plays, or null when there are none. */
export async function loadPlays(id) {
  const plays = await api(`/api/partners/${id}/plays`).catch(() => null);
  return plays && plays.length ? plays : null;
}

/** The plays as the partner sees them: an offered one is accepted or declined here. */
export function playsSection(id, plays, reload, answering) {
  const answer = (play, accepted) => async () => {
    try {
      await api(`/api/partners/${id}/plays/${play.playId}/answer`, { method: 'POST', body: { accepted } });
      flash(accepted ? 'Thank you: we will be in touch' : 'Declined', 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  return section('Account plays', h('div', { id: 'plays' }, table([
    { title: 'Account', cell: (p) => p.domain },
    { title: 'Play', cell: (p) => PLAYS[p.play] || p.play },
    { title: 'Status', cell: (p) => p.status.toLowerCase() },
    { title: 'Answer by', cell: (p) => (p.status === 'OFFERED' ? when(p.expiresAt) : '') },
    { title: '', cell: (p) => (answering && p.status === 'OFFERED'
      ? h('span', {}, h('button', { class: 'play-accept', onclick: answer(p, true) }, 'Accept'),
        h('button', { class: 'secondary play-decline', onclick: answer(p, false) }, 'Decline'))
      : (p.answerNote || '')) },
  ], plays)));
}
