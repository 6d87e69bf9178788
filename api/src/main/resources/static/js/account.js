// A partner user's own account: accepting the invitation and resetting the password (links from
// the mails, no login), and changing the password once logged in.
import { api } from './api.js';
import { h, mount, flash, showProblem } from './ui.js';

const RULES = '12 to 72 characters, with a letter and a digit.';

function passwordForm(id, title, fields, submit, onSubmit) {
  const form = h('form', { class: 'card login', id },
    h('h1', {}, title),
    ...fields,
    h('p', { class: 'muted small' }, RULES),
    h('button', { type: 'submit', id: `${id}-submit` }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await onSubmit(form);
    } catch (e) {
      showProblem(form, e);
    }
  });
  return form;
}

function newPasswordField(name = 'password') {
  return h('label', {}, 'New password',
    h('input', { name, id: name, type: 'password', autocomplete: 'new-password', required: true, minlength: 12, maxlength: 72 }));
}

export function invitationView(token) {
  mount(passwordForm('invitation-form', 'Welcome to the partner portal', [newPasswordField()], 'Set password', async (form) => {
    const account = await api(`/api/invitations/${encodeURIComponent(token)}`, { method: 'POST', body: { password: form.password.value } });
    flash(`Your account ${account.username} is ready: log in with your email and the new password.`);
    location.hash = '#/login';
  }));
}

export function resetRequestView() {
  const form = h('form', { class: 'card login', id: 'reset-request-form' },
    h('h1', {}, 'Forgot your password?'),
    h('label', {}, 'Your contact email', h('input', { name: 'email', id: 'email', type: 'email', autocomplete: 'username', required: true })),
    h('button', { type: 'submit', id: 'reset-request-submit' }, 'Send me a link'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('/api/password-resets', { method: 'POST', body: { email: form.email.value.trim() } });
      flash('If that email has a partner account, a link to set a new password is on its way. It works for one hour.');
      location.hash = '#/login';
    } catch (e) {
      showProblem(form, e);
    }
  });
  mount(form);
}

export function resetView(token) {
  mount(passwordForm('reset-form', 'Set a new password', [newPasswordField()], 'Set password', async (form) => {
    await api(`/api/password-resets/${encodeURIComponent(token)}`, { method: 'POST', body: { password: form.password.value } });
    flash('Your password is set: log in with it.');
    location.hash = '#/login';
  }));
}

/** The session stays logged in; the new password counts from the next login. */
export function changePasswordView() {
  mount(passwordForm('password-form', 'Change your password', [
    h('label', {}, 'Current password',
      h('input', { name: 'currentPassword', id: 'currentPassword', type: 'password', autocomplete: 'current-password', required: true })),
    newPasswordField('newPassword'),
  ], 'Change password', async (form) => {
    await api('/api/me/password', { method: 'POST', body: { currentPassword: form.currentPassword.value, newPassword: form.newPassword.value } });
    flash('Your password is changed.');
    location.hash = '#/portal';
  }));
}
