// The task inbox: tasks of my groups, claim/unclaim, and a task's Camunda form rendered by form-js.
import { api } from './api.js';
import { h, mount, flash, when, isOverdue, table, section } from './ui.js';
import { t, term, currentLanguage, taskName } from './i18n.js';
import { translateForm } from './forms.js';

export async function inboxView(me) {
  const mine = new URLSearchParams(location.hash.split('?')[1] || '').get('mine') === '1';
  const tasks = await api(`/api/tasks?state=CREATED&size=100${mine ? `&assignee=${encodeURIComponent(me.username)}` : ''}`);
  const partners = await partnerNames(tasks.content);
  const rows = tasks.content
    .map((t) => ({ ...t, __class: isOverdue(t) ? 'overdue' : null }))
    .sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
  mount(
    h('div', { class: 'title-row' }, h('h1', {}, t('tasks.title')),
      h('a', { href: mine ? '#/tasks' : '#/tasks?mine=1', class: 'button secondary' }, mine ? t('tasks.allGroups') : t('tasks.claimedByMe'))),
    h('p', { class: 'muted small' }, t('tasks.myGroups', { groups: me.groups.join(', ') || t('tasks.noGroup') })),
    h('div', { id: 'task-table' }, table([
      { title: t('task.task'), cell: (task) => h('a', { href: `#/tasks/${task.id}`, class: 'task-link', 'data-element': task.elementId }, taskName(task)) },
      { title: t('task.partner'), cell: (task) => (task.partnerId
        ? h('a', { href: `#/partners/${task.partnerId}` }, partners.get(task.partnerId) || `#${task.partnerId}`) : '—') },
      { title: t('task.groups'), cell: (task) => task.candidateGroups.join(', ') },
      { title: t('task.due'), cell: (task) => [when(task.dueDate), isOverdue(task) ? h('span', { class: 'badge overdue-mark' }, t('task.overdue')) : null] },
      { title: t('task.claimedBy'), cell: (task) => task.claimedBy || '—' },
      { title: '', cell: (task) => claimButton(me, task, () => inboxView(me)) },
    ], rows, t('tasks.none'))));
}

/** Names for the partner column from one list call; a partner beyond the first page shows its id. */
async function partnerNames(tasks) {
  if (!tasks.some((t) => t.partnerId)) return new Map();
  const page = await api('/api/partners?size=100');
  return new Map(page.content.map((p) => [p.id, p.companyName]));
}

function claimButton(me, task, after) {
  if (task.requestedBy === me.username) return null; // four eyes: someone else decides it
  const claimedByMe = task.claimedBy === me.username;
  if (task.claimedBy && !claimedByMe && !me.roles.includes('PARTNER_MANAGER')) return null;
  const action = task.claimedBy ? 'unclaim' : 'claim';
  return h('button', {
    class: 'small secondary', id: `${action}-${task.id}`, onclick: async (event) => {
      event.target.disabled = true;
      try {
        await api(`/api/tasks/${task.id}/${action}`, { method: 'POST' });
        flash(action === 'claim' ? t('tasks.claimed') : t('tasks.released'), 'ok');
        await after();
      } catch (e) {
        flash(e.message, 'error');
        event.target.disabled = false;
      }
    },
  }, action === 'claim' ? t('tasks.claim') : t('tasks.unclaim'));
}

export async function taskView(me, id) {
  const task = await api(`/api/tasks/${id}`);
  const partner = task.partnerId ? await api(`/api/partners/${task.partnerId}`).catch(() => null) : null;
  const formBox = h('div', { id: 'task-form', class: 'task-form' });
  const problems = h('div', { id: 'task-problems' });
  const open = task.state === 'CREATED';
  const ownRequest = task.requestedBy === me.username;
  const complete = h('button', { id: 'complete', disabled: !open || ownRequest }, t('tasks.complete'));
  mount(
    h('div', { class: 'title-row' }, h('h1', { id: 'task-name' }, taskName(task)),
      h('span', { class: 'chip' }, term('taskState', task.state)), claimButton(me, task, () => taskView(me, id))),
    h('div', { class: 'columns' },
      section(t('task.task'), h('dl', { class: 'details' },
        [[t('task.partner'), partner ? h('a', { href: `#/partners/${partner.id}` }, partner.companyName) : '—'],
          [t('task.process'), task.bpmnProcessId], [t('task.groups'), task.candidateGroups.join(', ')],
          [t('task.due'), [when(task.dueDate), isOverdue(task) ? h('span', { class: 'badge overdue-mark' }, t('task.overdue')) : null]],
          [t('task.claimedBy'), task.claimedBy || '—'], [t('task.created'), when(task.createdAt)],
          ...(task.requestedBy ? [[t('task.requestedBy'), task.requestedBy]] : []),
          ...(task.completedBy ? [[t('task.completedBy'), [task.completedBy, ' ', when(task.completedAt)]]] : [])]
          .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))),
      section(t('task.form'), ownRequest && open
        ? h('p', { id: 'own-request', class: 'flash error' }, t('task.ownRequest')) : null,
      problems, formBox, h('div', { class: 'actions' }, complete, h('a', { href: '#/tasks', class: 'button secondary' }, t('common.back'))))));
  if (!task.formId) {
    formBox.replaceChildren(h('p', { class: 'muted' }, t('task.noForm')));
  }
  let form = null;
  let schema = null;
  if (task.formId) {
    schema = await translateForm(await api(`/api/tasks/${id}/form`), currentLanguage());
    form = new window.FormViewer.Form({ container: formBox });
    await form.importSchema(schema, await subjectData(task));
    if (!open || ownRequest) form.setProperty('readOnly', true);
  }
  complete.addEventListener('click', async () => {
    problems.replaceChildren();
    let variables = {};
    if (form) {
      const result = form.submit();
      if (Object.keys(result.errors).length) return; // form-js marks the fields itself
      variables = withoutEmpty(result.data);
    }
    complete.disabled = true;
    try {
      if (!task.claimedBy) await api(`/api/tasks/${id}/claim`, { method: 'POST' });
      await api(`/api/tasks/${id}/complete`, { method: 'POST', body: { variables } });
      flash(t('tasks.completed', { task: taskName(task) }), 'ok');
      location.hash = '#/tasks';
    } catch (e) {
      complete.disabled = false;
      showAtFields(e, form, schema, problems);
    }
  });
}

/**
 * What the form shows about the request the task decides: the request as the API has it (the
 * process instance carries no names). Only the form's own fields are submitted.
 */
async function subjectData(task) {
  if (task.subject && task.subject.type === 'question') {
    const question = await api(`/api/questions/${task.subject.id}`).catch(() => null);
    return question ? { questionText: question.text, topic: question.topic } : {};
  }
  if (task.subject && task.subject.type === 'co-sell-request') {
    const r = await api(`/api/co-sell-requests/${task.subject.id}`).catch(() => null);
    return r ? { customerName: r.customerName, amount: r.amount, currency: r.currency,
      help: term('coSellHelp', r.help, r.help.charAt(0) + r.help.slice(1).toLowerCase().replaceAll('_', ' ')), neededBy: r.neededBy, details: r.details || '' } : {};
  }
  if (task.subject && task.subject.type === 'revenue-split') {
    const s = await api(`/api/deal-splits/${task.subject.id}`).catch(() => null);
    return s ? { customerName: s.customerName, amount: s.amount, currency: s.currency, dealStatus: s.dealStatus, proposedBy: s.proposedBy,
      shares: s.shares.map((x) => t('task.splitShare', { partner: x.partnerId, role: term('splitRole', x.role, x.role), percent: x.sharePercent })).join(', ') } : {};
  }
  if (task.subject && task.subject.type === 'churn-model') {
    const m = await api(`/api/prediction/models/${task.subject.id}`).catch(() => null);
    return m ? { candidateAuc: m.auc, currentAuc: m.previousModelAuc ?? t('task.noModel'), candidateCalibrationError: m.calibrationError, heldOutRows: m.heldOutRows } : {};
  }
  if (!task.subject || task.subject.type !== 'deployment-request') return {};
  const request = await api(`/api/deployment-requests/${task.subject.id}`).catch(() => null);
  if (!request) return {};
  return {
    requestedBy: request.requestedBy,
    processIds: request.processIds.join(', '),
    files: request.files.join(', '),
    summary: request.summary || '',
    deploymentRefusal: request.refusal || '',
  };
}

/** Optional fields left empty are not sent: the API refuses types it does not expect. */
function withoutEmpty(data) {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== '' && v !== null && v !== undefined));
}

/** The API's 400 names each field by its key; form-js keeps errors by component id. */
function showAtFields(error, form, schema, problems) {
  const errors = (error.problem && error.problem.errors) || [];
  const byKey = new Map();
  (function walk(components) {
    for (const c of components || []) {
      if (c.key) byKey.set(c.key, c.id);
      walk(c.components);
    }
  })(schema && schema.components);
  const atFields = {};
  const elsewhere = [];
  for (const { field, message } of errors) {
    const key = field.replace(/^variables\./, '');
    if (form && byKey.has(key)) atFields[byKey.get(key)] = [message];
    else elsewhere.push(`${field}: ${message}`);
  }
  if (form && Object.keys(atFields).length) form._setState({ errors: atFields });
  if (!errors.length) elsewhere.push(error.message);
  if (elsewhere.length) problems.replaceChildren(h('div', { class: 'flash error' }, elsewhere.join('; ')));
}
