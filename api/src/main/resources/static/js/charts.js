// Charts as inline SVG: stacked areas over time and bar charts. Text goes in as text nodes, like
// ui.js, so data from the API cannot inject markup. Every chart scales to its container's width.
import { t, formatNumber, formatInstant } from './i18n.js';
const NS = 'http://www.w3.org/2000/svg';

export const STAGE_COLOURS = {
  RECRUIT: '#54aeff', ONBOARD: '#fb8f44', ENABLE: '#c297ff', CERTIFY: '#d4a72c',
  ACTIVE: '#4ac26b', REJECTED: '#ff8182', OFFBOARDED: '#8c959f',
};

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) el.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function svg(width, height, label, cls) {
  return s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', class: `chart ${cls || ''}`.trim(),
    role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
}

/** Round numbers for an axis from 0 to at least max: about `count` steps of 1, 2 or 5 x 10^n. */
export function ticks(max, count = 5, integer = false) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((v) => v >= raw);
  if (integer) step = Math.max(1, Math.round(step));
  const values = [];
  for (let v = 0; v < max + step; v += step) values.push(Number(v.toFixed(10)));
  return values;
}

function compact(value) {
  return formatNumber(value, { notation: 'compact', maximumFractionDigits: 1 });
}

function yAxis(group, values, y, left, right) {
  for (const v of values) {
    group.append(s('line', { x1: left, x2: right, y1: y(v), y2: y(v), class: 'grid-line' }),
      s('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, compact(v)));
  }
}

function legend(series, colours, x, y, label = (name) => name) {
  const g = s('g', { class: 'legend' });
  let at = x;
  for (const name of series) {
    const text = label(name);
    g.append(s('rect', { x: at, y: y - 9, width: 12, height: 12, rx: 2, fill: colours[name] || '#8c959f' }),
      s('text', { x: at + 16, y, class: 'legend-label', 'data-series': name }, text));
    at += 28 + text.length * 8.5;
  }
  return g;
}

/**
 * Stacked areas: `points` = [{ at, values: { series: n } }] in time order, `series` bottom first.
 */
export function stackedArea(points, series, { width = 900, height = 300, colours = STAGE_COLOURS, label = 'chart', name: nameOf = (name) => name } = {}) {
  const chart = svg(width, height, label, 'stacked-area');
  const left = 48; const right = width - 12; const top = 30; const bottom = height - 28;
  if (!points.length) {
    chart.append(s('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'axis' }, t('charts.noData')));
    return chart;
  }
  const totals = points.map((p) => series.reduce((sum, name) => sum + (p.values[name] || 0), 0));
  const axis = ticks(Math.max(...totals, 1), 5, true);
  const max = axis[axis.length - 1];
  const x = (i) => (points.length === 1 ? (left + right) / 2 : left + (i * (right - left)) / (points.length - 1));
  const y = (v) => bottom - (v * (bottom - top)) / max;
  const grid = s('g', {});
  yAxis(grid, axis, y, left, right);
  chart.append(grid);
  const below = points.map(() => 0);
  for (const name of series) {
    const above = points.map((p, i) => below[i] + (p.values[name] || 0));
    const upper = above.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    const lower = below.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).reverse();
    chart.append(s('polygon', { points: [...upper, ...lower].join(' '), fill: colours[name] || '#8c959f', 'fill-opacity': 0.85,
      stroke: '#fff', 'stroke-width': 0.5, class: 'area', 'data-series': name,
      'data-last': points[points.length - 1].values[name] || 0 },
    s('title', {}, t('charts.now', { name: nameOf(name), count: points[points.length - 1].values[name] || 0 }))));
    above.forEach((v, i) => { below[i] = v; });
  }
  const every = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    const last = points.length - 1;
    if (i !== last && (i % every !== 0 || last - i < every / 2)) return;
    const anchor = i === points.length - 1 && points.length > 1 ? 'end' : 'middle';
    chart.append(s('text', { x: x(i), y: bottom + 18, 'text-anchor': anchor, class: 'axis' },
      formatInstant(p.at, { day: 'numeric', month: 'short' })));
  });
  chart.append(legend(series, colours, left, 16, nameOf));
  return chart;
}

/**
 * Vertical bars: `bars` = [{ label, value, title? }]; `markers` = [{ index, label, cls }] draws a
 * dashed line over the bar at that index (a median or a percentile).
 */
export function barChart(bars, { width = 420, height = 200, colour = '#0b5cad', format = compact, markers = [], label = 'chart', title, integer = false } = {}) {
  const chart = svg(width, height, label, 'bars');
  const left = 44; const right = width - 8; const top = title ? 30 : 14; const bottom = height - 26;
  if (title) chart.append(s('text', { x: left, y: 16, class: 'chart-title' }, title));
  const axis = ticks(Math.max(...bars.map((b) => b.value || 0), 1), 4, integer);
  const max = axis[axis.length - 1];
  const y = (v) => bottom - (v * (bottom - top)) / max;
  const slot = (right - left) / Math.max(bars.length, 1);
  const grid = s('g', {});
  yAxis(grid, axis, y, left, right);
  chart.append(grid);
  bars.forEach((b, i) => {
    const value = b.value || 0;
    chart.append(s('rect', { x: left + i * slot + slot * 0.12, y: y(value), width: slot * 0.76, height: Math.max(bottom - y(value), 0),
      fill: colour, class: 'bar', rx: 2 }, s('title', {}, b.title || `${b.label}: ${format(value)}`)));
    chart.append(s('text', { x: left + (i + 0.5) * slot, y: bottom + 16, 'text-anchor': 'middle', class: 'axis' }, b.label));
  });
  markers.forEach((m, n) => {
    if (m.index === null || m.index === undefined || m.index < 0) return;
    const mx = left + (m.index + 0.5) * slot;
    chart.append(s('line', { x1: mx, x2: mx, y1: top - 2, y2: bottom, class: `marker ${m.cls || ''}` }),
      s('text', { x: mx + 4, y: top + 10 + n * 13, class: `marker-label ${m.cls || ''}` }, m.label));
  });
  return chart;
}

/**
 * Scores with their intervals on a -100..100 axis, one row each: a dot at the score, a line from
 * low to high. A row without a score (too few answers) shows its note instead.
 */
export function intervalChart(rows, { width = 900, rowHeight = 34, label = 'chart' } = {}) {
  const left = 170;
  const right = 30;
  const top = 24;
  const height = top + rows.length * rowHeight + 10;
  const x = (value) => left + ((Number(value) + 100) / 200) * (width - left - right);
  const chart = svg(width, height, label, 'interval-chart');
  for (const tick of [-100, -50, 0, 50, 100]) {
    chart.append(
      s('line', { x1: x(tick), x2: x(tick), y1: top - 6, y2: height - 6, class: tick === 0 ? 'zero-line' : 'grid-line' }),
      s('text', { x: x(tick), y: top - 10, 'text-anchor': 'middle', class: 'axis' }, String(tick)));
  }
  rows.forEach((row, i) => {
    const y = top + i * rowHeight + rowHeight / 2;
    chart.append(s('text', { x: left - 10, y: y + 4, 'text-anchor': 'end', class: 'row-label' }, row.label));
    if (row.value === null || row.value === undefined) {
      chart.append(s('text', { x: x(0), y: y + 4, 'text-anchor': 'middle', class: 'muted-note' }, row.note || ''));
      return;
    }
    chart.append(
      s('line', { x1: x(row.low), x2: x(row.high), y1: y, y2: y, class: 'interval', 'stroke-width': 3 },
        s('title', {}, t('charts.interval', { label: row.label, value: row.value, low: row.low, high: row.high }))),
      s('circle', { cx: x(row.value), cy: y, r: 6, class: 'point' }),
      s('text', { x: x(row.value), y: y - 9, 'text-anchor': 'middle', class: 'value' }, String(row.value)));
  });
  return chart;
}
