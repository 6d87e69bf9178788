// Managers' and approvers' views: the partner board, a partner's page, a process instance.
import { api } from './api.js';
import { loadOverlaps, overlapSection, loadPlays, playsSection } from './ecosystem.js';
import { h, mount, flash, when, isOverdue, stageChip, table, section, money } from './ui.js';
import { t, term, formatNumber, taskName } from './i18n.js';
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
    t('partner.invitation', { status: term('invitationStatus', invitation.status) }),
    invitation.status === 'PENDING' ? ` ${t('partner.invitationUntil', { until: when(invitation.expiresAt) })}` : '',
    open && can(me, 'PARTNER_MANAGER')
      ? [' ', h('button', {
        class: 'secondary', id: 'reissue-invitation',
        onclick: async () => {
          try {
            await api(`/api/partners/${id}/invitation`, { method: 'POST' });
            flash(t('partner.invitationSent'));
            await partnerView(me, id);
          } catch (e) {
            flash(e.message, 'error');
          }
        },
      }, t('partner.sendInvitation'))]
      : null);
}

// The agreement as signed: who, when, the hash of the exact PDF, and the countersignature.
function agreementSection(id, signature) {
  if (!signature) {
    return section(t('agreement.title'), h('p', { class: 'muted', id: 'agreement-status' }, t('agreement.notSigned')));
  }
  const rows = [
    [t('agreement.signedBy'), `${signature.signerName}, ${signature.signerTitle} (${signature.signedBy})`],
    [t('agreement.signed'), when(signature.signedAt)],
    [t('agreement.version'), `${signature.templateVersion} (${signature.language})`],
    ['SHA-256', h('code', { class: 'small' }, signature.documentSha256)],
    [t('agreement.countersigned'), signature.countersignedAt
      ? `${signature.countersignerName}, ${signature.countersignerTitle} (${signature.countersignedBy}), ${when(signature.countersignedAt)}`
      : t('agreement.notYet')],
  ];
  return section(t('agreement.title'),
    h('dl', { class: 'details', id: 'agreement-status' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('p', { class: 'small' }, h('a', { href: `/api/partners/${id}/agreement/signed-copy`, target: '_blank', rel: 'noopener' }, t('agreement.signedCopy'))));
}

// What was mailed to the partner and whether it arrived at the mail server.
function mailSection(mails) {
  if (!mails) return null;
  return section(t('mail.title'), h('div', { id: 'mail-status' }, table([
    { title: t('mail.mail'), cell: (m) => m.template },
    { title: t('common.status'), cell: (m) => (m.status === 'PENDING' && m.attempts > 0
      ? t('mail.retrying', { attempts: m.attempts }) : term('mailStatus', m.status, m.status.toLowerCase())) },
    { title: t('mail.sent'), cell: (m) => (m.sentAt ? when(m.sentAt) : '—') },
    { title: t('mail.lastError'), cell: (m) => m.lastError || '' },
  ], mails, t('mail.none'))));
}

function can(me, ...roles) {
  return roles.some((r) => me.roles.includes(r));
}

function params() {
  return new URLSearchParams(location.hash.split('?')[1] || '');
}

function select(name, label, values, current, group) {
  return h('label', {}, label, h('select', { name, id: `filter-${name}` },
    h('option', { value: '' }, t('common.any')),
    values.map((v) => h('option', { value: v, selected: v === current }, term(group, v)))));
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
    h('span', { class: 'n' }, formatNumber(count)), h('span', { class: 'label' }, term('stage', stage)))));
  const form = h('form', { class: 'filters', id: 'filters' },
    select('stage', t('partner.stage'), STAGES, query.get('stage'), 'stage'),
    select('type', t('partner.type'), TYPES, query.get('type'), 'partnerType'),
    select('tier', t('partner.tier'), TIERS, query.get('tier'), 'tier'),
    h('label', {}, t('board.search'), h('input', { name: 'q', id: 'filter-q', placeholder: t('board.searchHint'), value: query.get('q') || '' })),
    h('button', { type: 'submit' }, t('board.filter')),
    h('a', { href: '#/board', class: 'button secondary' }, t('board.clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of ['stage', 'type', 'tier', 'q']) if (form[name].value) next.set(name, form[name].value);
    location.hash = `#/board?${next}`;
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());
  const rows = page.content.map((p) => ({ ...p, __class: overdueByPartner.has(p.id) ? 'overdue' : null }));
  mount(
    h('h1', {}, t('board.title')),
    chips,
    form,
    h('p', { class: 'muted small' }, t('board.count', { count: formatNumber(page.page.totalElements) })),
    h('div', { id: 'partner-table' }, table([
      { title: t('partner.company'), cell: (p) => h('a', { href: `#/partners/${p.id}`, class: 'partner-link' }, p.companyName) },
      { title: t('partner.type'), cell: (p) => term('partnerType', p.partnerType) },
      { title: t('partner.country'), cell: (p) => p.country },
      { title: t('partner.stage'), cell: (p) => stageChip(p.stage) },
      { title: t('partner.tier'), cell: (p) => (p.tier ? term('tier', p.tier) : '—') },
      { title: t('board.openTasks'), cell: (p) => [openByPartner.get(p.id) || 0,
        overdueByPartner.has(p.id) ? h('span', { class: 'badge overdue-mark' }, t('board.overdueCount', { count: overdueByPartner.get(p.id) })) : null] },
      { title: t('board.updated'), cell: (p) => when(p.updatedAt) },
    ], rows, t('board.none'))));
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
      h('button', { class: 'secondary', id: 'refresh', onclick: () => partnerView(me, id).catch((e) => flash(e.message, 'error')) }, t('common.refresh'))),
    h('div', { class: 'columns' },
      section(t('partner.details'), h('dl', { class: 'details' },
        [[t('partner.type'), term('partnerType', partner.partnerType)], [t('partner.country'), partner.country], [t('partner.website'), partner.website],
        [t('partner.contact'), `${partner.contactName} <${partner.contactEmail}>`],
        [t('partner.employees'), partner.employees === null || partner.employees === undefined ? partner.employees : formatNumber(partner.employees)],
        [t('partner.annualRevenue'), money(partner.annualRevenue)], [t('partner.tier'), partner.tier ? term('tier', partner.tier) : '—'],
        [t('partner.since'), when(partner.createdAt)],
        [t('partner.payoutAccount'), account ? h('span', { id: 'payout-account' }, `${account.accountHolder}, ${account.iban}${account.bic ? `, ${account.bic}` : ''}`) : '—'],
      ].flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      partner.invitation ? invitationLine(me, id, partner.invitation) : null),
      section(t('partner.openTasks'), h('div', { id: 'open-tasks' }, table([
        { title: t('task.task'), cell: (task) => h('a', { href: `#/tasks/${task.id}` }, taskName(task)) },
        { title: t('task.groups'), cell: (task) => task.candidateGroups.join(', ') },
        { title: t('task.due'), cell: (task) => [when(task.dueDate), isOverdue(task) ? h('span', { class: 'badge overdue-mark' }, t('task.overdue')) : null] },
        { title: t('task.claimedBy'), cell: (task) => task.claimedBy || '—' },
      ], partner.openTasks.map((task) => ({ ...task, __class: isOverdue(task) ? 'overdue' : null })), t('partner.noOpenTask'))))),
    scorecard,
    risk,
    curriculum ? curriculumSection(curriculum, partner.stage) : null,
    manager ? h('div', { class: 'columns' }, agreementSection(id, signature), mailSection(mails)) : null,
    questions && questions.length ? section(t('questions.title'), h('div', { id: 'partner-questions' }, table([
      { title: t('questions.asked'), cell: (q) => when(q.askedAt) }, { title: t('questions.topic'), cell: (q) => term('topic', q.topic) },
      { title: t('questions.question'), cell: (q) => q.text }, { title: t('common.status'), cell: (q) => term('questionStatus', q.status, q.status.toLowerCase()) },
      { title: t('questions.answer'), cell: (q) => (q.answer ? `${q.answer} (${q.answeredBy})` : '') },
    ], questions))) : null,
    overlaps || plays ? h('div', { class: 'columns' }, overlaps ? overlapSection(overlaps) : null,
      plays ? playsSection(id, plays, () => partnerView(me, id), false) : null) : null,
    manager && partner.processInstanceKey ? section(t('partner.lifecycle'), legend(), diagram, incidents) : null,
    instances ? section(t('instances.title'), h('div', { id: 'instances' }, table([
      { title: t('instances.instance'), cell: (i) => h('a', { href: `#/instances/${i.key}` }, String(i.key)) },
      { title: t('instances.process'), cell: (i) => `${i.bpmnProcessId} v${i.version}` },
      { title: t('instances.state'), cell: (i) => term('instanceState', i.state) },
      { title: t('instances.incidents'), cell: (i) => (i.incidents ? h('span', { class: 'badge incident' }, i.incidents) : '0') },
    ], instances.content))) : null,
    h('div', { class: 'columns' },
      section(t('certificates.title'), table([
        { title: t('certificates.exam'), cell: (c) => c.examId }, { title: t('certificates.number'), cell: (c) => c.number },
        { title: t('common.status'), cell: (c) => term('certificateStatus', c.status) }, { title: t('certificates.expires'), cell: (c) => when(c.expiresAt) },
      ], partner.certificates, t('certificates.none'))),
      section(t('tiers.title'), table([
        { title: t('tiers.when'), cell: (r) => when(r.at) }, { title: t('tiers.from'), cell: (r) => (r.fromTier ? term('tier', r.fromTier) : '—') },
        { title: t('tiers.to'), cell: (r) => (r.toTier ? term('tier', r.toTier) : '—') }, { title: t('tiers.outcome'), cell: (r) => term('tierOutcome', r.outcome) },
        { title: t('tiers.reason'), cell: (r) => r.reason || '' },
      ], tiers, t('tiers.none')))),
    section(t('history.title'), h('ol', { class: 'timeline', id: 'history' }, history.map((e) => h('li', {},
      h('time', {}, when(e.at)), ' ', h('strong', { title: e.type }, e.label), ' ', e.stage ? stageChip(e.stage) : null,
      ' ', h('span', {}, e.sentence),
      e.detail ? h('span', { class: 'detail' }, ` ${e.detail}`) : null,
      e.actor ? h('span', { class: 'muted' }, ` ${t('history.by', { actor: e.actor })}`) : null)))));
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
      h('h1', { id: 'instance-title' }, `${instance.bpmnProcessId} v${instance.version}`), h('span', { class: 'chip' }, term('instanceState', instance.state)),
      partnerId ? h('a', { href: `#/partners/${partnerId}` }, t('instances.backToPartner')) : null,
      h('button', { class: 'secondary', id: 'refresh', onclick: () => instanceView(me, key).catch((e) => flash(e.message, 'error')) }, t('common.refresh'))),
    section(t('instances.diagram'), legend(), diagram,
      incidentList(instance, { canRetry: me.roles.includes('PARTNER_MANAGER') || me.roles.includes('PROCESS_DESIGNER'), onRetried: () => instanceView(me, key) })),
    section(t('instances.variables'), h('pre', { class: 'variables' }, JSON.stringify(instance.variables, null, 2))));
  await drawInstance(diagram, instance, { childInstances: siblings.content });
  diagram.classList.add('ready');
}
