// The REST API as the page uses it: Basic credentials from sessionStorage on every call, and
// X-Requested-With so a 401 never brings up the browser's own login dialog.
const KEY = 'partner-engine.credentials';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function saveCredentials(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  sessionStorage.setItem(KEY, btoa(String.fromCharCode(...bytes)));
}

export function forgetCredentials() {
  sessionStorage.removeItem(KEY);
}

export function hasCredentials() {
  return sessionStorage.getItem(KEY) !== null;
}

export async function api(path, { method = 'GET', body, formData, text = false } = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: text ? 'application/xml' : 'application/json' };
  const credentials = sessionStorage.getItem(KEY);
  if (credentials) headers.Authorization = `Basic ${credentials}`;
  let payload;
  if (formData) {
    payload = formData;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers, body: payload });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not a problem body */ }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  return text ? response.text() : response.json();
}
