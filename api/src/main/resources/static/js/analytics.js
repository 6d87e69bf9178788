// Managers' analytics: partners per stage over time, how long stages take, the partners that need
// attention; and a partner's scorecard with its revenue trend (on the partner page).
import { api } from './api.js';
import { h, mount, when, stageChip, table, section, money } from './ui.js';
import { stackedArea, barChart, intervalChart } from './charts.js';

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
  return value === null || value === undefined ? '—' : `${Number(value).toLocaleString(undefined, { maximumFractionDigits: 1 })} d`;
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
    { title: 'Partner', cell: (a) => h('a', { href: `#/partners/${a.partnerId}`, class: 'partner-link' }, a.companyName || `#${a.partnerId}`) },
    { title: 'Reason', cell: (a) => h('code', {}, a.reason) },
    { title: 'Round', cell: (a) => a.round },
    { title: 'Raised', cell: (a) => when(a.raisedAt) },
    { title: 'Followed up', cell: (a) => when(a.followedUpAt) },
  ], list.content, empty), list.page.totalElements > list.content.length
    ? h('p', { class: 'muted small' }, `${list.content.length} of ${list.page.totalElements} shown, longest waiting first`) : null);
}

function cycleTimeChart(stage) {
  const bars = stage.histogram.map((b, i) => ({ label: bucketLabel(b, stage.histogram[i - 1]), value: b.visits,
    title: `${b.visits} visit(s) ${b.upToDays == null ? 'longer' : `up to ${b.upToDays} day(s)`}` }));
  const markers = [
    { index: bucketOf(stage.histogram, stage.medianDays), label: `median ${days(stage.medianDays)}`, cls: 'median' },
    { index: bucketOf(stage.histogram, stage.p90Days), label: `p90 ${days(stage.p90Days)}`, cls: 'p90' },
  ];
  return h('figure', { class: 'cycle-time', 'data-stage': stage.stage },
    h('figcaption', {}, stageChip(stage.stage), ' ',
      h('span', { class: 'muted small' }, `${stage.visits} visit(s) ended · ${stage.partnersNow} in it now · median ${days(stage.medianDays)} · p90 ${days(stage.p90Days)}`)),
    barChart(bars, { width: 440, height: 190, markers, integer: true, colour: '#0b5cad', label: `${stage.stage} visit lengths in days` }),
    h('div', { class: 'muted small axis-note' }, 'visit length in days (up to)'));
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
    h('h1', {}, 'Analytics'),
    section('Partners per stage over time',
      h('p', { class: 'muted small' }, `Every ${timeline.stepDays} days from ${timeline.from} to ${timeline.to}.`),
      h('div', { id: 'stage-timeline', class: 'chart-box' }, stackedArea(points, STAGES, { width: 1100, height: 320, label: 'partners per stage over time' }))),
    section('Stage cycle times',
      h('p', { class: 'muted small' }, `Visits that ended between ${stages.from} and ${stages.to}, by length; dashed lines mark the median and the 90th percentile.`),
      h('div', { id: 'cycle-times', class: 'chart-grid' },
        CYCLE_STAGES.filter((name) => byStage.has(name)).map((name) => cycleTimeChart(byStage.get(name))))),
    npsSection(npsProgramme, npsTouchpoint),
    h('div', { class: 'columns' },
      section('At risk', attentionTable(atRisk, 'at-risk', 'No partner at risk.')),
      section('Ready to grow', attentionTable(readyToGrow, 'ready-to-grow', 'No partner ready to grow.'))));
}

/** Partner NPS over the last year, the programme's and each touchpoint's, with 95 % intervals. */
function npsSection(programme, byTouchpoint) {
  const row = (g) => ({ label: `${g.group === 'programme' ? 'Programme' : g.group} (${g.answers})`, value: g.suppressed ? null : g.nps,
    low: g.low, high: g.high, note: 'fewer than 5 answers' });
  const rows = [...programme.groups, ...byTouchpoint.groups].map(row);
  const loop = programme.closedLoopRate === null || programme.closedLoopRate === undefined ? '—' : `${programme.closedLoopRate} %`;
  return section('Partner NPS',
    h('p', { class: 'muted small' }, `Answers from ${programme.from} to ${programme.to}: ${programme.answers}. Detractors followed up: `
      + `${programme.detractorsFollowedUp}, closed and told: ${programme.followUpsClosed} (closed loop ${loop}).`),
    rows.length ? h('div', { id: 'nps-chart', class: 'chart-box' }, intervalChart(rows, { label: 'partner NPS with 95 % intervals' }))
      : h('p', { class: 'muted', id: 'nps-chart' }, 'No survey answered yet.'));
}

function rate(value) {
  return value === null || value === undefined ? '—' : `${Math.round(Number(value) * 100)} %`;
}

/** The scorecard section of a partner's page: key numbers and the revenue trend. */
export async function scorecardSection(partnerId) {
  const card = await api(`/api/partners/${partnerId}/scorecard`);
  const numbers = [
    ['Days in stage', card.daysInStage, `since ${when(card.stageEnteredAt)}`],
    ['Won, 90 days', money(card.last90Days.wonRevenue), `${card.last90Days.won} won · ${card.last90Days.lost} lost · win rate ${rate(card.last90Days.winRate)}`],
    ['Won, 12 months', money(card.last12Months.wonRevenue), `${card.last12Months.won} won · ${card.last12Months.lost} lost · win rate ${rate(card.last12Months.winRate)}`],
    ['Deals registered', card.last12Months.registered, `${card.last90Days.registered} in the last 90 days`],
    ['Certificates', card.activeCertificates, `${card.expiringCertificates} expiring soon`],
    ['MDF spent', money(card.mdfSpent), `${money(card.attributedRevenue)} attributed (${card.attributionWindowDays} d window)`],
  ];
  const quarters = card.quarters.map((q) => ({ label: q.quarter, value: Number(q.wonRevenue), title: `${q.quarter}: ${money(q.wonRevenue)}` }));
  return section('Scorecard',
    h('div', { class: 'key-numbers', id: 'scorecard' }, numbers.map(([label, value, note]) =>
      h('div', { class: 'key-number' }, h('span', { class: 'label' }, label), h('span', { class: 'n' }, value), h('span', { class: 'muted small' }, note)))),
    card.tier ? h('p', { class: 'small' }, `Tier ${card.tier}`, card.tierReason ? h('span', { class: 'muted' }, ` (${card.tierReason})`) : null) : null,
    h('div', { id: 'revenue-trend', class: 'chart-box' },
      barChart(quarters, { width: 900, height: 220, colour: '#1a7f37', format: (v) => money(v), title: 'Won revenue per quarter', label: 'won revenue per quarter' })));
}
