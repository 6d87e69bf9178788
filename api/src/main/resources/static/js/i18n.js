// The page's words in the reader's language: one bundle per language (i18n/en.json, i18n/de.json),
// flat keys, `{name}` placeholders; i18n/languages.json lists the languages with their own names.
// The language is the one chosen with the switch (kept in localStorage), else the browser's first
// language the page speaks, else English. Dates, numbers and money are formatted with Intl for that
// language. User tasks are named in their BPMN, in English; i18n/tasks-{language}.json names them in
// another language, by process id and element id.

const STORED = 'partner-engine.language';

let languages = [['en', 'English']];
let language = 'en';
let messages = {};
let english = {};
let taskNames = {};

function supported(tag) {
  const code = String(tag || '').toLowerCase().split('-')[0];
  return languages.some(([c]) => c === code) ? code : null;
}

/** The languages the page speaks, as [code, own name]: the switch's choices. */
export function availableLanguages() {
  return languages;
}

/** The language chosen on this browser, else the browser's own (as its Accept-Language sends it). */
export function preferredLanguage() {
  let chosen = null;
  try { chosen = supported(localStorage.getItem(STORED)); } catch { /* storage blocked: the browser's language */ }
  if (chosen) return chosen;
  for (const tag of navigator.languages || [navigator.language]) {
    const code = supported(tag);
    if (code) return code;
  }
  return 'en';
}

async function bundle(name) {
  const response = await fetch(`i18n/${name}.json`, { credentials: 'same-origin' });
  return response.ok ? response.json() : {};
}

/** Loads the list of languages, then the bundle of the preferred one (and English for a key it lacks). */
export async function loadLanguage(chosen) {
  const listed = Object.entries(await bundle('languages'));
  if (listed.length) languages = listed;
  const code = supported(chosen) || preferredLanguage();
  const inEnglish = code === 'en';
  const [own, base, tasks] = await Promise.all([bundle(code), inEnglish ? null : bundle('en'), inEnglish ? {} : bundle(`tasks-${code}`)]);
  language = code;
  messages = own;
  english = base || own;
  taskNames = tasks;
  document.documentElement.lang = code;
}

/** A user task's name in the reader's language; its BPMN name when no bundle names it. */
export function taskName(task) {
  return (taskNames[task.bpmnProcessId] || {})[task.elementId] || task.name;
}

/** Remembers the reader's choice; only an explicit choice is stored. */
export function chooseLanguage(code) {
  try { localStorage.setItem(STORED, code); } catch { /* not remembered: still switched for this page */ }
}

export function currentLanguage() {
  return language;
}

/** The text of `key` with its `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = messages[key] ?? english[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/**
 * A code the API sends (a stage, a status, a tier) in words: `{group}.{code}` from the bundle, else
 * `fallback` (the code itself unless given), so a code the bundles do not know yet still shows.
 */
export function term(group, code, fallback = code) {
  if (code === null || code === undefined) return fallback;
  const key = `${group}.${code}`;
  return messages[key] ?? english[key] ?? fallback;
}

export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatInstant(instant, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  return new Intl.DateTimeFormat(language, options).format(new Date(instant));
}

/** A calendar day the API sends as 2026-12-31, formatted without a time zone shifting it. */
export function formatDay(day, options = { dateStyle: 'medium' }) {
  if (!day) return '—';
  const date = new Date(`${String(day).slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return String(day);
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

export function formatMoney(amount, currency) {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
}
