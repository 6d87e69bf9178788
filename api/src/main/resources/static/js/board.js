// Managers' and approvers' views: the partner board, a partner's page, a process instance.
import { api } from './api.js';
import { loadOverlaps, overlapSection, loadPlays, playsSection } from './ecosystem.js';
import { h, mount, flash, when, isOverdue, stageChip, table, section, money } from './ui.js';
import { drawInstance, incidentList, legend } from './diagram.js';
import { scorecardSection } from './analytics.js';
import { riskSection } from './risk.js';
import { loadCurriculum, curriculumSection } from './curriculum.js';

const STAGES = ['RECRUIT', 'ONBOARD', 'ENABLE', 'CERTIFY', 'ACTIVE', 'REJECTED', 'OFFBOARDED'];
const TYPES = ['RESELLER', 'DISTRIBUTOR', 'SYSTEM_INTEGRATOR', 'MSP', 'REFERRAL', 'TECHNOLOGY_ALLIANCE', 'SERVICE_PROVIDER'];
const TIERS = ['REGISTERED', 'SILVER', 'GOLD', 'PLATINUM'];

/** The portal invitation's state; the token goes to the partner's mail only. */
function invitationLine(me, id, invitation) {
  const open = invitation.status === 'PENDING' || invitation.status === 'EXPIRED';
  return h('p', { class: 'small', id: 'invitation' },
    `Portal invitation ${invitation.status}`,
    invitation.status === 'PENDING' ? ` (until ${when(invitation.expiresAt)})` : '',
    open && can(me, 'PARTNER_MANAGER')
      ? [' ', h('button', {
        class: 'secondary', id: 'reissue-invitation',
        onclick: async () => {
          try {
            await api(`/api/partners/${id}/invitation`, { method: 'POST' });
            flash('A new invitation is on its way to the partner\'s contact email.');
            await partnerView(me, id);
          } catch (e) {
            flash(e.message, 'error');
          }
        },
      }, 'Send a new invitation')]
      : null);
}

// The agreement as signed: who, when, the hash of the exact PDF, and the countersignature.
function agreementSection(id, signature) {
  if (!signature) {
    return section('Agreement', h('p', { class: 'muted', id: 'agreement-status' }, 'Not signed yet.'));
  }
  const rows = [
    ['Signed by', `${signature.signerName}, ${signature.signerTitle} (${signature.signedBy})`],
    ['Signed', when(signature.signedAt)],
    ['Version', `${signature.templateVersion} (${signature.language})`],
    ['SHA-256', h('code', { class: 'small' }, signature.documentSha256)],
    ['Countersigned', signature.countersignedAt
      ? `${signature.countersignerName}, ${signature.countersignerTitle} (${signature.countersignedBy}), ${when(signature.countersignedAt)}`
      : 'not yet'],
  ];
  return section('Agreement',
    h('dl', { class: 'details', id: 'agreement-status' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('p', { class: 'small' }, h('a', { href: `/api/partners/${id}/agreement/signed-copy`, target: '_blank', rel: 'noopener' }, 'Signed agreement (PDF)')));
}

// What was mailed to the partner and whether it arrived at the mail server.
function mailSection(mails) {
  if (!mails) return null;
  return section('Mail', h('div', { id: 'mail-status' }, table([
    { title: 'Mail', cell: (m) => m.template },
    { title: 'Status', cell: (m) => (m.status === 'PENDING' && m.attempts > 0 ? `retrying (${m.attempts} attempts)` : m.status.toLowerCase()) },
    { title: 'Sent', cell: (m) => (m.sentAt ? when(m.sentAt) : '—') },
    { title: 'Last error', cell: (m) => m.lastError || '' },
  ], mails, 'No mail yet.')));
}

function can(me, ...roles) {
  return roles.some((r) => me.roles.includes(r));
}

function params() {
  return new URLSearchParams(location.hash.split('?')[1] || '');
}

function select(name, label, values, current) {
  return h('label', {}, label, h('select', { name, id: `filter-${name}` },
    h('option', { value: '' }, 'any'),
    values.map((v) => h('option', { value: v, selected: v === current }, v))));
}

export async function boardView(me) {
  const query = params();
  const filter = new URLSearchParams();
  for (const name of ['stage', 'type', 'tier', 'q']) if (query.get(name)) filter.set(name, query.get(name));
  filter.set('size', '100');
  const [page, counts, tasks] = await Promise.all([
    api(`/api/partners?${filter}`),
    Promise.all(STAGES.map((stage) => api(`/api/partners?stage=${stage}&size=1`).then((p) => [stage, p.page.totalElements]))),
    api('/api/tasks?state=CREATED&size=100'),
  ]);
  const overdueByPartner = new Map();
  const openByPartner = new Map();
  for (const task of tasks.content) {
    openByPartner.set(task.partnerId, (openByPartner.get(task.partnerId) || 0) + 1);
    if (isOverdue(task)) overdueByPartner.set(task.partnerId, (overdueByPartner.get(task.partnerId) || 0) + 1);
  }
  const chips = h('div', { class: 'stage-counts', id: 'stage-counts' }, counts.map(([stage, count]) =>
    h('a', { class: `count stage-${stage.toLowerCase()}${query.get('stage') === stage ? ' selected' : ''}`,
      href: query.get('stage') === stage ? '#/board' : `#/board?stage=${stage}`, 'data-stage': stage },
    h('span', { class: 'n' }, count), h('span', { class: 'label' }, stage))));
  const form = h('form', { class: 'filters', id: 'filters' },
    select('stage', 'Stage', STAGES, query.get('stage')),
    select('type', 'Type', TYPES, query.get('type')),
    select('tier', 'Tier', TIERS, query.get('tier')),
    h('label', {}, 'Search', h('input', { name: 'q', id: 'filter-q', placeholder: 'company or domain starts with…', value: query.get('q') || '' })),
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: '#/board', class: 'button secondary' }, 'Clear'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of ['stage', 'type', 'tier', 'q']) if (form[name].value) next.set(name, form[name].value);
    location.hash = `#/board?${next}`;
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());
  const rows = page.content.map((p) => ({ ...p, __class: overdueByPartner.has(p.id) ? 'overdue' : null }));
  mount(
    h('h1', {}, 'Partners'),
    chips,
    form,
    h('p', { class: 'muted small' }, `${page.page.totalElements} partner(s)`),
    h('div', { id: 'partner-table' }, table([
      { title: 'Company', cell: (p) => h('a', { href: `#/partners/${p.id}`, class: 'partner-link' }, p.companyName) },
      { title: 'Type', cell: (p) => p.partnerType },
      { title: 'Country', cell: (p) => p.country },
      { title: 'Stage', cell: (p) => stageChip(p.stage) },
      { title: 'Tier', cell: (p) => p.tier || '—' },
      { title: 'Open tasks', cell: (p) => [openByPartner.get(p.id) || 0,
        overdueByPartner.has(p.id) ? h('span', { class: 'badge overdue-mark' }, `${overdueByPartner.get(p.id)} overdue`) : null] },
      { title: 'Updated', cell: (p) => when(p.updatedAt) },
    ], rows, 'No partner matches.')));
}

export async function partnerView(me, id) {
  const partner = await api(`/api/partners/${id}`);
  const manager = can(me, 'PARTNER_MANAGER');
  const [history, tiers, instances, scorecard, curriculum, mails, questions, overlaps, plays, risk] = await Promise.all([
    api(`/api/partners/${id}/history`),
    api(`/api/partners/${id}/tier-history`).catch(() => []),
    can(me, 'PARTNER_MANAGER', 'PROCESS_DESIGNER') ? api(`/api/process-instances?partnerId=${id}&size=100`) : Promise.resolve(null),
    can(me, 'PARTNER_MANAGER', 'APPROVER') ? scorecardSection(id) : Promise.resolve(null),
    can(me, 'PARTNER_MANAGER', 'APPROVER') ? loadCurriculum(id) : Promise.resolve(null),
    manager ? api(`/api/partners/${id}/notifications?size=20`).then((page) => page.content).catch(() => null) : Promise.resolve(null),
    api(`/api/partners/${id}/questions?size=20`).then((page) => page.content).catch(() => null),
    manager ? loadOverlaps(id) : Promise.resolve(null),
    manager ? loadPlays(id) : Promise.resolve(null),
    manager && partner.stage === 'ACTIVE' ? riskSection(id) : Promise.resolve(null),
  ]);
  // Finance sees the IBAN whole (it verifies it), everyone else masked.
  const account = can(me, 'PARTNER_MANAGER', 'APPROVER') && history.some((e) => e.type === 'BANKING_DETAILS_RECEIVED')
    ? await api(`/api/partners/${id}/banking-details`).catch(() => null) : null;
  // Asked only once the history says signed, so an unsigned partner costs no failed request.
  const signature = manager && history.some((e) => e.type === 'AGREEMENT_SIGNED')
    ? await api(`/api/partners/${id}/agreement/signature`).catch(() => null) : null;
  const diagram = h('div', { class: 'diagram', id: 'diagram' });
  const incidents = h('div', { id: 'incidents' });
  mount(
    h('div', { class: 'title-row' },
      h('h1', { id: 'partner-name' }, partner.companyName), h('span', { id: 'partner-stage' }, stageChip(partner.stage)),
      h('button', { class: 'secondary', id: 'refresh', onclick: () => partnerView(me, id).catch((e) => flash(e.message, 'error')) }, 'Refresh')),
    h('div', { class: 'columns' },
      section('Details', h('dl', { class: 'details' },
        [['Type', partner.partnerType], ['Country', partner.country], ['Website', partner.website],
        ['Contact', `${partner.contactName} <${partner.contactEmail}>`], ['Employees', partner.employees],
        ['Annual revenue', money(partner.annualRevenue)], ['Tier', partner.tier || '—'], ['Since', when(partner.createdAt)],
        ['Payout account', account ? h('span', { id: 'payout-account' }, `${account.accountHolder}, ${account.iban}${account.bic ? `, ${account.bic}` : ''}`) : '—'],
      ].flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      partner.invitation ? invitationLine(me, id, partner.invitation) : null),
      section('Open tasks', h('div', { id: 'open-tasks' }, table([
        { title: 'Task', cell: (t) => h('a', { href: `#/tasks/${t.id}` }, t.name) },
        { title: 'Groups', cell: (t) => t.candidateGroups.join(', ') },
        { title: 'Due', cell: (t) => [when(t.dueDate), isOverdue(t) ? h('span', { class: 'badge overdue-mark' }, 'overdue') : null] },
        { title: 'Claimed by', cell: (t) => t.claimedBy || '—' },
      ], partner.openTasks.map((t) => ({ ...t, __class: isOverdue(t) ? 'overdue' : null })), 'No open task.')))),
    scorecard,
    risk,
    curriculum ? curriculumSection(curriculum, partner.stage) : null,
    manager ? h('div', { class: 'columns' }, agreementSection(id, signature), mailSection(mails)) : null,
    questions && questions.length ? section('Questions', h('div', { id: 'partner-questions' }, table([
      { title: 'Asked', cell: (q) => when(q.askedAt) }, { title: 'Topic', cell: (q) => q.topic },
      { title: 'Question', cell: (q) => q.text }, { title: 'Status', cell: (q) => q.status.toLowerCase() },
      { title: 'Answer', cell: (q) => (q.answer ? `${q.answer} (${q.answeredBy})` : '') },
    ], questions))) : null,
    overlaps || plays ? h('div', { class: 'columns' }, overlaps ? overlapSection(overlaps) : null,
      plays ? playsSection(id, plays, () => partnerView(me, id), false) : null) : null,
    manager && partner.processInstanceKey ? section('Lifecycle', legend(), diagram, incidents) : null,
    instances ? section('Process instances', h('div', { id: 'instances' }, table([
      { title: 'Instance', cell: (i) => h('a', { href: `#/instances/${i.key}` }, String(i.key)) },
      { title: 'Process', cell: (i) => `${i.bpmnProcessId} v${i.version}` },
      { title: 'State', cell: (i) => i.state },
      { title: 'Incidents', cell: (i) => (i.incidents ? h('span', { class: 'badge incident' }, i.incidents) : '0') },
    ], instances.content))) : null,
    h('div', { class: 'columns' },
      section('Certificates', table([
        { title: 'Exam', cell: (c) => c.examId }, { title: 'Number', cell: (c) => c.number },
        { title: 'Status', cell: (c) => c.status }, { title: 'Expires', cell: (c) => when(c.expiresAt) },
      ], partner.certificates, 'No certificate yet.')),
      section('Tier history', table([
        { title: 'When', cell: (t) => when(t.at) }, { title: 'From', cell: (t) => t.fromTier || '—' },
        { title: 'To', cell: (t) => t.toTier || '—' }, { title: 'Outcome', cell: (t) => t.outcome },
        { title: 'Reason', cell: (t) => t.reason || '' },
      ], tiers, 'No tier review yet.'))),
    section('History', h('ol', { class: 'timeline', id: 'history' }, history.map((e) => h('li', {},
      h('time', {}, when(e.at)), ' ', h('strong', { title: e.type }, e.label), ' ', e.stage ? stageChip(e.stage) : null,
      ' ', h('span', {}, e.sentence),
      e.detail ? h('span', { class: 'detail' }, ` ${e.detail}`) : null,
      e.actor ? h('span', { class: 'muted' }, ` by ${e.actor}`) : null)))));
  if (manager && partner.processInstanceKey) {
    const instance = await api(`/api/process-instances/${partner.processInstanceKey}`);
    const refresh = () => partnerView(me, id);
    incidents.replaceChildren(incidentList(instance, { canRetry: true, onRetried: refresh }) || '');
    diagram.dataset.active = instance.activeElementIds.join(' ');
    await drawInstance(diagram, instance, { childInstances: instances ? instances.content : [] });
    diagram.classList.add('ready');
  }
}

export async function instanceView(me, key) {
  const instance = await api(`/api/process-instances/${key}`);
  const partnerId = instance.variables && instance.variables.partnerId;
  const siblings = partnerId ? await api(`/api/process-instances?partnerId=${partnerId}&size=100`) : { content: [] };
  const diagram = h('div', { class: 'diagram tall', id: 'diagram', 'data-active': instance.activeElementIds.join(' ') });
  mount(
    h('div', { class: 'title-row' },
      h('h1', { id: 'instance-title' }, `${instance.bpmnProcessId} v${instance.version}`), h('span', { class: 'chip' }, instance.state),
      partnerId ? h('a', { href: `#/partners/${partnerId}` }, '‹ partner') : null,
      h('button', { class: 'secondary', id: 'refresh', onclick: () => instanceView(me, key).catch((e) => flash(e.message, 'error')) }, 'Refresh')),
    section('Diagram', legend(), diagram,
      incidentList(instance, { canRetry: me.roles.includes('PARTNER_MANAGER') || me.roles.includes('PROCESS_DESIGNER'), onRetried: () => instanceView(me, key) })),
    section('Variables', h('pre', { class: 'variables' }, JSON.stringify(instance.variables, null, 2))));
  await drawInstance(diagram, instance, { childInstances: siblings.content });
  diagram.classList.add('ready');
}
