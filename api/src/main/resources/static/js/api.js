// The REST API as the page uses it. The login is a session: the browser keeps its HttpOnly cookie,
// the page keeps no credential. Every unsafe call echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN
// (another site's page can make the browser send the session cookie, but cannot read this one),
// and X-Requested-With keeps a 401 from bringing up the browser's own login dialog. Accept-Language
// is the page's language, so history sentences and problem titles come back in it.
import { currentLanguage } from './i18n.js';

/**
 * The problem's detail as the message; in another language than English the title (which comes in
 * that language) leads, as a detail may be English (validation messages are).
 */
function message(status, problem) {
  if (!problem) return `HTTP ${status}`;
  if (problem.title && problem.detail && currentLanguage() !== 'en') return `${problem.title}: ${problem.detail}`;
  return problem.detail || problem.title || `HTTP ${status}`;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(message(status, problem));
    this.status = status;
    this.problem = problem || {};
  }
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : null;
}

export async function api(path, { method = 'GET', body, formData, form, file, text = false } = {}) {
  const headers = {
    'X-Requested-With': 'XMLHttpRequest', Accept: text ? 'application/xml' : 'application/json', 'Accept-Language': currentLanguage(),
  };
  if (!['GET', 'HEAD'].includes(method)) {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let payload;
  if (formData) {
    payload = formData;
  } else if (file) {
    headers['Content-Type'] = file.type || 'application/octet-stream';
    payload = file;
  } else if (form) {
    payload = new URLSearchParams(form);
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not a problem body */ }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  return text ? response.text() : response.json();
}

let loginMethods = null;

/**
 * How people log in here: `{password, providers: [{id, name, url}]}`. The password form on the
 * embedded default; with an identity provider, a page navigation to its `url` (the provider's own
 * login page, then back to this page with the session cookie).
 */
export async function logInMethods() {
  if (!loginMethods) loginMethods = await api('/api/login-methods');
  return loginMethods;
}

/** Logs in with a session: answers the caller as GET /api/me does. */
export async function logIn(username, password) {
  if (!csrfToken()) await api('/api/me').catch(() => null); // any answer brings the token cookie
  return api('/api/login', { method: 'POST', form: { username, password } });
}

export function logOut() {
  return api('/api/logout', { method: 'POST' });
}
