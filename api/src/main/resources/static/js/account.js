// A partner user's own account: accepting the invitation and resetting the password (links from
// the mails, no login), and changing the password once logged in.
import { api } from './api.js';
import { h, mount, flash, showProblem } from './ui.js';
import { t } from './i18n.js';

function passwordForm(id, title, fields, submit, onSubmit) {
  const form = h('form', { class: 'card login', id },
    h('h1', {}, title),
    ...fields,
    h('p', { class: 'muted small' }, t('account.rules')),
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
  return h('label', {}, t('account.newPassword'),
    h('input', { name, id: name, type: 'password', autocomplete: 'new-password', required: true, minlength: 12, maxlength: 72 }));
}

export function invitationView(token) {
  mount(passwordForm('invitation-form', t('account.welcome'), [newPasswordField()], t('account.setPassword'), async (form) => {
    const account = await api(`/api/invitations/${encodeURIComponent(token)}`, { method: 'POST', body: { password: form.password.value } });
    flash(t('account.ready', { username: account.username }));
    location.hash = '#/login';
  }));
}

export function resetRequestView() {
  const form = h('form', { class: 'card login', id: 'reset-request-form' },
    h('h1', {}, t('login.forgotPassword')),
    h('label', {}, t('account.contactEmail'), h('input', { name: 'email', id: 'email', type: 'email', autocomplete: 'username', required: true })),
    h('button', { type: 'submit', id: 'reset-request-submit' }, t('account.sendLink')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('/api/password-resets', { method: 'POST', body: { email: form.email.value.trim() } });
      flash(t('account.linkSent'));
      location.hash = '#/login';
    } catch (e) {
      showProblem(form, e);
    }
  });
  mount(form);
}

export function resetView(token) {
  mount(passwordForm('reset-form', t('account.setNewPassword'), [newPasswordField()], t('account.setPassword'), async (form) => {
    await api(`/api/password-resets/${encodeURIComponent(token)}`, { method: 'POST', body: { password: form.password.value } });
    flash(t('account.passwordSet'));
    location.hash = '#/login';
  }));
}

/** The session stays logged in; the new password counts from the next login. */
export function changePasswordView() {
  mount(passwordForm('password-form', t('account.changeTitle'), [
    h('label', {}, t('account.currentPassword'),
      h('input', { name: 'currentPassword', id: 'currentPassword', type: 'password', autocomplete: 'current-password', required: true })),
    newPasswordField('newPassword'),
  ], t('account.change'), async (form) => {
    await api('/api/me/password', { method: 'POST', body: { currentPassword: form.currentPassword.value, newPassword: form.newPassword.value } });
    flash(t('account.changed'));
    location.hash = '#/portal';
  }));
}
