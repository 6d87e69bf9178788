// The enablement library on the partner portal: the sales decks, battle cards, price lists and
// templates the partner's audience admits, each with its download (a file, or the link it leads to).
import { api } from './api.js';
import { h, when, section, table } from './ui.js';

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
