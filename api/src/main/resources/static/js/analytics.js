// Managers' analytics: partners per stage over time, how long stages take, the partners that need
// attention; and a partner's scorecard with its revenue trend (on the partner page).
import { api } from './api.js';
import { h, mount, when, stageChip, table, section, money } from './ui.js';
import { stackedArea, barChart, intervalChart } from './charts.js';
import { t, term, formatNumber, formatDay } from './i18n.js';

const STAGES = ['RECRUIT', 'ONBOARD', 'ENABLE', 'CERTIFY', 'ACTIVE', 'REJECTED', 'OFFBOARDED'];
// The lifecycle's stages in order: a visit to a final stage never ends, so it has no cycle time.
const CYCLE_STAGES = ['RECRUIT', 'ONBOARD', 'ENABLE', 'CERTIFY', 'ACTIVE'];

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function daysAgo(days) {
  return isoDay(new Date(Date.now() - days * 86_400_000));
}

function days(value) {
  return value === null || value === undefined ? '—' : t('analytics.days', { days: formatNumber(Number(value), { maximumFractionDigits: 1 }) });
}

/** The histogram bucket a number of days falls in: the first whose bound it does not exceed. */
function bucketOf(histogram, value) {
  if (value === null || value === undefined) return null;
  const index = histogram.findIndex((b) => b.upToDays == null || Number(value) <= b.upToDays);
  return index < 0 ? histogram.length - 1 : index;
}

function bucketLabel(bucket, previous) {
  // The API leaves out a null bound: the last bucket, longer than the one before.
  if (bucket.upToDays == null) return `>${previous ? previous.upToDays : 0}`;
  return String(bucket.upToDays);
}

function attentionTable(list, id, empty) {
  return h('div', { id }, table([
    { title: t('task.partner'), cell: (a) => h('a', { href: `#/partners/${a.partnerId}`, class: 'partner-link' }, a.companyName || `#${a.partnerId}`) },
    { title: t('tiers.reason'), cell: (a) => h('code', { title: a.reason }, term('attentionReason', a.reason)) },
    { title: t('analytics.round'), cell: (a) => a.round },
    { title: t('analytics.raised'), cell: (a) => when(a.raisedAt) },
    { title: t('analytics.followedUp'), cell: (a) => when(a.followedUpAt) },
  ], list.content, empty), list.page.totalElements > list.content.length
    ? h('p', { class: 'muted small' }, t('analytics.shown', { shown: list.content.length, total: list.page.totalElements })) : null);
}

function cycleTimeChart(stage) {
  const bars = stage.histogram.map((b, i) => ({ label: bucketLabel(b, stage.histogram[i - 1]), value: b.visits,
    title: b.upToDays == null ? t('analytics.visitsLonger', { visits: b.visits }) : t('analytics.visitsUpTo', { visits: b.visits, days: b.upToDays }) }));
  const markers = [
    { index: bucketOf(stage.histogram, stage.medianDays), label: t('analytics.median', { days: days(stage.medianDays) }), cls: 'median' },
    { index: bucketOf(stage.histogram, stage.p90Days), label: t('analytics.p90', { days: days(stage.p90Days) }), cls: 'p90' },
  ];
  return h('figure', { class: 'cycle-time', 'data-stage': stage.stage },
    h('figcaption', {}, stageChip(stage.stage), ' ',
      h('span', { class: 'muted small' }, t('analytics.stageSummary', { visits: stage.visits, now: stage.partnersNow,
        median: days(stage.medianDays), p90: days(stage.p90Days) }))),
    barChart(bars, { width: 440, height: 190, markers, integer: true, colour: '#0b5cad',
      label: t('analytics.visitLengths', { stage: term('stage', stage.stage) }) }),
    h('div', { class: 'muted small axis-note' }, t('analytics.visitAxis')));
}

export async function analyticsView() {
  // Points fall at the start of a day: ending at tomorrow's start takes in today's changes.
  const to = daysAgo(-1);
  const from = daysAgo(-1 + 26 * 7);
  const [timeline, stages, atRisk, readyToGrow, npsProgramme, npsTouchpoint] = await Promise.all([
    api(`/api/analytics/stages/timeline?from=${from}&to=${to}&stepDays=7`),
    api(`/api/analytics/stages?from=${daysAgo(365)}&to=${to}`),
    api('/api/analytics/attention?kind=AT_RISK&size=50'),
    api('/api/analytics/attention?kind=READY_TO_GROW&size=50'),
    api(`/api/analytics/nps?by=PROGRAMME&to=${to}`),
    api(`/api/analytics/nps?by=TOUCHPOINT&to=${to}`),
  ]);
  const points = timeline.points.map((p) => ({ at: p.at, values: p.partners }));
  const byStage = new Map(stages.stages.map((s) => [s.stage, s]));
  mount(
    h('h1', {}, t('analytics.title')),
    section(t('analytics.timeline'),
      h('p', { class: 'muted small' }, t('analytics.timelineNote', { step: timeline.stepDays, from: formatDay(timeline.from), to: formatDay(timeline.to) })),
      h('div', { id: 'stage-timeline', class: 'chart-box' }, stackedArea(points, STAGES,
        { width: 1100, height: 320, label: t('analytics.timelineLabel'), name: (stage) => term('stage', stage) }))),
    section(t('analytics.cycleTimes'),
      h('p', { class: 'muted small' }, t('analytics.cycleTimesNote', { from: formatDay(stages.from), to: formatDay(stages.to) })),
      h('div', { id: 'cycle-times', class: 'chart-grid' },
        CYCLE_STAGES.filter((name) => byStage.has(name)).map((name) => cycleTimeChart(byStage.get(name))))),
    npsSection(npsProgramme, npsTouchpoint),
    h('div', { class: 'columns' },
      section(t('analytics.atRisk'), attentionTable(atRisk, 'at-risk', t('analytics.noneAtRisk'))),
      section(t('analytics.readyToGrow'), attentionTable(readyToGrow, 'ready-to-grow', t('analytics.noneReady')))));
}

/** Partner NPS over the last year, the programme's and each touchpoint's, with 95 % intervals. */
function npsSection(programme, byTouchpoint) {
  const row = (g) => ({ label: `${g.group === 'programme' ? t('analytics.programme') : term('touchpoint', g.group)} (${g.answers})`,
    value: g.suppressed ? null : g.nps, low: g.low, high: g.high, note: t('analytics.fewAnswers') });
  const rows = [...programme.groups, ...byTouchpoint.groups].map(row);
  const loop = programme.closedLoopRate === null || programme.closedLoopRate === undefined ? '—' : `${programme.closedLoopRate} %`;
  return section(t('analytics.nps'),
    h('p', { class: 'muted small' }, t('analytics.npsNote', { from: formatDay(programme.from), to: formatDay(programme.to), answers: programme.answers,
      followedUp: programme.detractorsFollowedUp, closed: programme.followUpsClosed, loop })),
    rows.length ? h('div', { id: 'nps-chart', class: 'chart-box' }, intervalChart(rows, { label: t('analytics.npsLabel') }))
      : h('p', { class: 'muted', id: 'nps-chart' }, t('analytics.noSurvey')));
}

function rate(value) {
  return value === null || value === undefined ? '—' : `${Math.round(Number(value) * 100)} %`;
}

/**
 * The scorecard section of a partner's page: key numbers and the revenue trend in the programme
 * currency, and the same amounts in the currency of the partner's region when that is another one.
 */
export async function scorecardSection(partnerId) {
  const card = await api(`/api/partners/${partnerId}/scorecard`);
  const cur = card.currency;
  const region = card.inRegionCurrency && card.inRegionCurrency.currency !== cur ? card.inRegionCurrency : null;
  const inRegion = (amount) => (region ? t('scorecard.inRegion', { amount: money(amount, region.currency), region: region.region }) : null);
  const numbers = [
    [t('scorecard.daysInStage'), formatNumber(card.daysInStage), t('scorecard.since', { since: when(card.stageEnteredAt) })],
    [t('scorecard.won90'), money(card.last90Days.wonRevenue, cur),
      t('scorecard.wonLost', { won: card.last90Days.won, lost: card.last90Days.lost, rate: rate(card.last90Days.winRate) }),
      region && inRegion(region.last90Days.wonRevenue)],
    [t('scorecard.won12'), money(card.last12Months.wonRevenue, cur),
      t('scorecard.wonLost', { won: card.last12Months.won, lost: card.last12Months.lost, rate: rate(card.last12Months.winRate) }),
      region && inRegion(region.last12Months.wonRevenue)],
    [t('scorecard.registered'), formatNumber(card.last12Months.registered), t('scorecard.registered90', { count: card.last90Days.registered })],
    [t('certificates.title'), formatNumber(card.activeCertificates), t('scorecard.expiring', { count: card.expiringCertificates })],
    [t('campaigns.mdfSpent'), money(card.mdfSpent, cur), t('scorecard.attributed', { revenue: money(card.attributedRevenue, cur), days: card.attributionWindowDays }),
      region && inRegion(region.mdfSpent)],
  ];
  const quarters = card.quarters.map((q) => ({ label: q.quarter, value: Number(q.wonRevenue), title: `${q.quarter}: ${money(q.wonRevenue, cur)}` }));
  const regional = region ? new Map(region.quarters.map((q) => [q.quarter, q])) : new Map();
  const columns = [
    { title: t('regions.quarter'), cell: (q) => q.quarter },
    { title: t('scorecard.wonIn', { currency: cur }), cell: (q) => money(q.wonRevenue, cur) },
    { title: t('scorecard.rebateIn', { currency: cur }), cell: (q) => money(q.rebate, cur) },
  ];
  if (region) {
    columns.push(
      { title: t('scorecard.wonIn', { currency: region.currency }), cell: (q) => money(regional.get(q.quarter).wonRevenue, region.currency) },
      { title: t('scorecard.rebateIn', { currency: region.currency }), cell: (q) => money(regional.get(q.quarter).rebate, region.currency) });
  }
  return section(t('scorecard.title'),
    h('div', { class: 'key-numbers', id: 'scorecard' }, numbers.map(([label, value, note, regionNote]) =>
      h('div', { class: 'key-number' }, h('span', { class: 'label' }, label), h('span', { class: 'n' }, value), h('span', { class: 'muted small' }, note),
        regionNote ? h('span', { class: 'small in-region' }, regionNote) : null))),
    card.tier ? h('p', { class: 'small' }, t('scorecard.tier', { tier: term('tier', card.tier) }), card.tierReason ? h('span', { class: 'muted' }, ` (${card.tierReason})`) : null) : null,
    h('div', { id: 'revenue-trend', class: 'chart-box' },
      barChart(quarters, { width: 900, height: 220, colour: '#1a7f37', format: (v) => money(v, cur), title: t('scorecard.quarterly'), label: t('scorecard.quarterlyLabel') })),
    h('div', { id: 'scorecard-quarters' },
      region ? h('p', { class: 'muted small' }, t('scorecard.regionNote', { region: region.region, currency: region.currency })) : null,
      table(columns, [...card.quarters].reverse())));
}
