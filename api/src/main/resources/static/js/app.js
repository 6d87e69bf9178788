// The web page: a hash router over the REST API. Which views a user gets follows its roles.
import { api, ApiError, logIn, logInMethods, logOut } from './api.js';
import { h, mount, flash } from './ui.js';
import { t, availableLanguages, currentLanguage, chooseLanguage, loadLanguage } from './i18n.js';
import { boardView, partnerView, instanceView } from './board.js';
import { inboxView, taskView } from './tasks.js';
import { designerView } from './designer.js';
import { portalView } from './portal.js';
import { libraryManagerView } from './library.js';
import { analyticsView } from './analytics.js';
import { invitationView, resetRequestView, resetView, changePasswordView } from './account.js';
import { surveyView } from './feedback.js';
import { campaignsView, campaignView } from './campaigns.js';
import { regionsView } from './regions.js';

let me = null;
let checked = false;
// How people log in here (GET /api/login-methods), asked once per page load.
let methods = { password: true, providers: [] };

const routes = [
  [/^\/login$/, () => loginView()],
  [/^\/board$/, () => boardView(me)],
  [/^\/partners\/(\d+)$/, (id) => (isPartnerUser() ? portalView(me, Number(id)) : partnerView(me, Number(id)))],
  [/^\/instances\/(\d+)$/, (key) => instanceView(me, key)],
  [/^\/tasks$/, () => inboxView(me)],
  [/^\/tasks\/(\d+)$/, (id) => taskView(me, Number(id))],
  [/^\/designer$/, () => designerView(me)],
  [/^\/analytics$/, () => analyticsView(me)],
  [/^\/campaigns$/, () => campaignsView()],
  [/^\/campaigns\/(\d+)$/, (id) => campaignView(Number(id))],
  [/^\/regions$/, () => regionsView()],
  [/^\/library$/, () => libraryManagerView(me)],
  [/^\/portal$/, () => portalView(me, me.partnerId)],
  [/^\/password$/, () => changePasswordView()],
];

// Links from the partner's mails: no login needed, the token is the proof.
const PUBLIC = [
  [/^\/invitation\/([A-Za-z0-9_-]+)$/, (token) => invitationView(token)],
  [/^\/password-reset$/, () => resetRequestView()],
  [/^\/password-reset\/([A-Za-z0-9_-]+)$/, (token) => resetView(token)],
  [/^\/survey\/([A-Za-z0-9_-]+)$/, (token) => surveyView(token)],
];

export function has(role) {
  return me && me.roles.includes(role);
}

function isPartnerUser() {
  return has('PARTNER');
}

function home() {
  if (isPartnerUser()) return '/portal';
  if (has('PARTNER_MANAGER')) return '/board';
  if (has('APPROVER')) return '/tasks';
  if (has('PROCESS_DESIGNER')) return '/designer';
  return '/login';
}

function navigation() {
  const links = [];
  if (has('PARTNER_MANAGER') || has('APPROVER')) links.push(['#/board', t('nav.partners')]);
  if (has('PARTNER_MANAGER') || has('APPROVER') || has('PROCESS_DESIGNER')) links.push(['#/tasks', t('nav.tasks')]);
  if (has('PARTNER_MANAGER')) links.push(['#/analytics', t('nav.analytics')]);
  if (has('PARTNER_MANAGER')) links.push(['#/campaigns', t('nav.campaigns')]);
  if (has('PARTNER_MANAGER')) links.push(['#/regions', t('nav.regions')]);
  if (has('PARTNER_MANAGER') || has('APPROVER')) links.push(['#/library', t('nav.library')]);
  if (has('PROCESS_DESIGNER') || has('PARTNER_MANAGER')) links.push(['#/designer', t('nav.processes')]);
  if (isPartnerUser()) links.push(['#/portal', t('nav.portal')]);
  // With an identity provider, passwords are its business.
  if (isPartnerUser() && methods.password) links.push(['#/password', t('nav.password')]);
  const current = `#${location.hash.slice(1).split('?')[0]}`;
  document.getElementById('nav').replaceChildren(...links.map(([href, label]) =>
    h('a', { href, class: current.startsWith(href) ? 'current' : null }, label)));
  document.getElementById('who').replaceChildren(me
    ? h('span', {}, h('span', { class: 'user' }, me.username), ' ', h('button', { class: 'link', id: 'logout', onclick: logout }, t('login.logOut')))
    : '');
}

async function logout() {
  try { await logOut(); } catch { /* the session is gone either way */ }
  loggedOut();
}

function loggedOut() {
  me = null;
  checked = true;
  if (location.hash === '#/login') route(); else location.hash = '#/login';
}

function loginView() {
  if (new URLSearchParams(location.hash.split('?')[1] || '').has('failed')) {
    flash(t('login.failed'), 'error');
  }
  if (!methods.password) {
    mount(providerLogin());
    return;
  }
  const form = h('form', { class: 'card login', id: 'login-form' },
    h('h1', {}, t('login.title')),
    h('label', {}, t('login.user'), h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true })),
    h('label', {}, t('login.password'), h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit', id: 'login' }, t('login.submit')),
    h('p', { class: 'muted small' }, t('login.devUsers')),
    h('p', { class: 'small' }, h('a', { href: '#/password-reset', id: 'forgot-password' }, t('login.forgotPassword'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      me = await logIn(form.username.value.trim(), form.password.value);
      location.hash = `#${home()}`;
    } catch (e) {
      flash(e.status === 401 ? t('login.wrong') : e.message, 'error');
    }
  });
  mount(form);
}

/** The identity provider's login: a link away to its login page, which sends the browser back logged in. */
function providerLogin() {
  const providers = methods.providers;
  return h('section', { class: 'card login', id: 'login-providers' },
    h('h1', {}, t('login.title')),
    providers.length
      ? providers.map((p) => h('p', {}, h('a', { class: 'button', href: p.url, id: `login-${p.id}` },
        providers.length > 1 ? t('login.withProvider', { provider: p.name }) : t('login.submit'))))
      : h('p', { class: 'muted' }, t('login.noLogin')),
    h('p', { class: 'muted small' }, t('login.providerHint')));
}

async function route() {
  const path = location.hash.slice(1).split('?')[0] || '/';
  for (const [pattern, view] of PUBLIC) {
    const match = pattern.exec(path);
    if (match) {
      view(...match.slice(1));
      return;
    }
  }
  if (!me && !checked) {
    // Whether the browser's session cookie is still logged in; asked once per page load.
    checked = true;
    try { me = await api('/api/me'); } catch { me = null; }
    try { methods = await logInMethods(); } catch { /* keep the password form */ }
  }
  if (!me && path !== '/login') {
    location.hash = '#/login';
    return;
  }
  if (me && (path === '/' || path === '/login')) {
    location.hash = `#${home()}`;
    return;
  }
  navigation();
  for (const [pattern, view] of routes) {
    const match = pattern.exec(path);
    if (match) {
      try {
        await view(...match.slice(1));
      } catch (e) {
        showError(e);
      }
      return;
    }
  }
  showError(new ApiError(404, { title: t('error.notFound'), detail: t('error.noPage', { path }) }));
}

function showError(e) {
  if (e instanceof ApiError && e.status === 401) {
    loggedOut();
    return;
  }
  const title = e instanceof ApiError && (e.status === 404 || e.status === 403) ? t('error.notFound') : t('error.wrong');
  mount(h('section', { class: 'card error-page', id: 'error' },
    h('h1', {}, title), h('p', {}, e.message), h('p', {}, h('a', { href: `#${home()}` }, t('common.back')))));
}

/** English or Deutsch in the header: the choice is remembered and the page redrawn in it. */
function languageSwitch() {
  const choice = h('select', { id: 'language', 'aria-label': t('language.label'), title: t('language.label') },
    availableLanguages().map(([code, name]) => h('option', { value: code, lang: code, selected: code === currentLanguage() }, name)));
  choice.addEventListener('change', async () => {
    chooseLanguage(choice.value);
    await loadLanguage(choice.value);
    translateStatic();
    await route();
  });
  document.getElementById('language-switch').replaceChildren(choice);
}

/** The few words index.html carries itself (marked data-i18n). */
function translateStatic() {
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  languageSwitch();
}

window.addEventListener('hashchange', route);
loadLanguage().catch(() => null).then(() => {
  translateStatic();
  return route();
});
