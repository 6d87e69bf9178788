// Small DOM helpers: elements are built with text nodes, never from HTML strings, so data from
// the API cannot inject markup.
import { t, term, formatInstant, formatMoney } from './i18n.js';

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class') el.className = value;
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function mount(...children) {
  const main = document.getElementById('main');
  // A section a page leaves out is null: nothing to show, not the text "null".
  main.replaceChildren(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return main;
}

export function flash(message, kind = 'info') {
  const box = document.getElementById('flash');
  box.replaceChildren(h('div', { class: `flash ${kind}` }, message));
  clearTimeout(flash.timer);
  flash.timer = setTimeout(() => box.replaceChildren(), 6000);
}

export function when(instant) {
  if (!instant) return '—';
  return formatInstant(instant);
}

export function isOverdue(task) {
  return task.state === 'CREATED' && task.dueDate && new Date(task.dueDate) < new Date();
}

export function stageChip(stage) {
  return h('span', { class: `chip stage-${(stage || '').toLowerCase()}` }, stage ? term('stage', stage) : '—');
}

export function table(columns, rows, empty = t('common.nothingYet')) {
  if (!rows.length) return h('p', { class: 'muted' }, empty);
  return h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c.title)))),
    h('tbody', {}, rows.map((row) => {
      const tr = h('tr', { class: row.__class || null }, columns.map((c) => h('td', {}, c.cell(row))));
      return tr;
    })));
}

export function section(title, ...children) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

export function money(amount, currency = 'EUR') {
  if (amount === null || amount === undefined) return '—';
  return formatMoney(amount, currency || 'EUR');
}

/** Shows a problem's message and marks each named field of the form. */
export function showProblem(form, error) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  const errors = (error.problem && error.problem.errors) || [];
  for (const { field, message } of errors) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    const note = h('div', { class: 'field-error' }, `${field}: ${message}`);
    if (input) input.after(note); else form.prepend(note);
  }
  if (!errors.length) form.prepend(h('div', { class: 'field-error' }, error.message));
}
