// Account mapping on the page: the overlap matrix of a partner with the vendor, and the plays
// the overlaps raised, which the partner answers in the portal.
import { api } from './api.js';
import { h, flash, when, table, section } from './ui.js';
import { t, term } from './i18n.js';

const POPULATIONS = ['CUSTOMERS', 'OPEN_OPPORTUNITIES', 'PROSPECTS'];

/** The partner's overlaps, or null when it shares nothing yet (or may not see them). */
export async function loadOverlaps(id) {
  const matrix = await api(`/api/partners/${id}/overlaps`).catch(() => null);
  return matrix && matrix.partner.some((p) => p.sharingLevel !== 'HIDDEN') ? matrix : null;
}

/** What a cell shows: hidden, a count, or the count with the overlapping accounts. */
function cellText(cell) {
  if (cell.visibleAs === 'HIDDEN') return h('span', { class: 'muted' }, term('sharingLevel', 'HIDDEN'));
  const count = h('strong', {}, String(cell.overlapping));
  if (!cell.accounts || !cell.accounts.length) return count;
  return h('span', {}, count, h('br'), h('span', { class: 'small' }, cell.accounts.slice(0, 5).join(', ')
    + (cell.accounts.length > 5 ? ` ${t('overlaps.more', { count: cell.accounts.length - 5 })}` : '')));
}

/** Vendor populations down, partner populations across; each list's sharing level in its header. */
export function overlapSection(matrix) {
  const level = (side, population) => term('sharingLevel', side.find((s) => s.population === population).sharingLevel);
  const cell = (vendor, partner) => matrix.cells.find((c) => c.vendorPopulation === vendor && c.partnerPopulation === partner);
  return section(t('overlaps.title'), h('table', { class: 'grid overlaps', id: 'overlaps' },
    h('thead', {}, h('tr', {}, h('th', {}, t('overlaps.corner')),
      ...POPULATIONS.map((p) => h('th', {}, term('population', p), h('br'), h('span', { class: 'small muted' }, level(matrix.partner, p)))))),
    h('tbody', {}, ...POPULATIONS.map((v) => h('tr', {},
      h('th', {}, term('population', v), h('br'), h('span', { class: 'small muted' }, level(matrix.vendor, v))),
      ...POPULATIONS.map((p) => h('td', { 'data-cell': `${v}:${p}` }, cellText(cell(v, p)))))))));
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
      flash(accepted ? t('plays.thanks') : t('common.declined'), 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  return section(t('plays.title'), h('div', { id: 'plays' }, table([
    { title: t('plays.account'), cell: (p) => p.domain },
    { title: t('plays.play'), cell: (p) => term('play', p.play) },
    { title: t('common.status'), cell: (p) => term('playStatus', p.status, p.status.toLowerCase()) },
    { title: t('common.answerBy'), cell: (p) => (p.status === 'OFFERED' ? when(p.expiresAt) : '') },
    { title: '', cell: (p) => (answering && p.status === 'OFFERED'
      ? h('span', {}, h('button', { class: 'play-accept', onclick: answer(p, true) }, t('common.accept')),
        h('button', { class: 'secondary play-decline', onclick: answer(p, false) }, t('common.decline')))
      : (p.answerNote || '')) },
  ], plays)));
}
