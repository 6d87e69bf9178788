// The partner portal: a partner user's own stage, what it has to do, its library, its deals and fund requests.
import { api } from './api.js';
import { h, mount, flash, when, stageChip, table, section, money, showProblem } from './ui.js';
import { t, term, currentLanguage, formatDay } from './i18n.js';
import { loadCurriculum, curriculumSection } from './curriculum.js';
import { loadLeadInbox, leadInboxSection } from './leads.js';
import { loadLibrary, librarySection } from './library.js';
import { loadOverlaps, overlapSection, loadPlays, playsSection } from './ecosystem.js';
import { loadCampaigns, campaignsSection } from './campaigns.js';
import { loadCoSelling, coSellingSection } from './cosell.js';

export async function portalView(me, id) {
  const partner = await api(`/api/partners/${id}`);
  const [history, deals, mdf, curriculum, questions, faq, library] = await Promise.all([
    api(`/api/partners/${id}/history`),
    api(`/api/partners/${id}/deals`).catch(() => []),
    api(`/api/partners/${id}/mdf-requests`).catch(() => []),
    loadCurriculum(id),
    api(`/api/partners/${id}/questions?size=50`).then((page) => page.content).catch(() => []),
    api('/api/faq?size=50').then((page) => page.content).catch(() => []),
    loadLibrary(id),
  ]);
  const reload = () => portalView(me, id);
  const leads = partner.stage === 'ACTIVE' ? await loadLeadInbox(id) : null;
  const [overlaps, plays, campaigns] = await Promise.all([loadOverlaps(id), loadPlays(id), loadCampaigns(id)]);
  const coSelling = partner.stage === 'ACTIVE' ? await loadCoSelling(deals) : null;
  const send = (path, body, done) => async (event) => {
    if (event && event.preventDefault) event.preventDefault();
    try {
      await api(`/api/partners/${id}${path}`, { method: 'POST', body });
      flash(done, 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const signed = history.some((e) => e.type === 'AGREEMENT_SIGNED');
  const todo = [];
  if (partner.stage === 'ONBOARD' && !signed) {
    todo.push(h('li', { id: 'agreement-step' }, t('portal.signAgreement'), ' ', await agreementStep(id, partner, reload)));
  }
  const signedCopy = signed
    ? h('p', { class: 'small' }, h('a', { id: 'signed-agreement', href: `/api/partners/${id}/agreement/signed-copy`, target: '_blank', rel: 'noopener' }, t('agreement.signedCopy')))
    : null;
  // Payouts (rebates, funds) go to this account; finance verifies it, and changes it later on.
  if (partner.stage === 'ONBOARD' && !history.some((e) => e.type === 'BANKING_DETAILS_RECEIVED')) {
    const bankForm = h('form', { class: 'stacked', id: 'banking-form' },
      h('label', {}, t('portal.accountHolder'), h('input', { name: 'accountHolder', required: true, maxlength: 200, autocomplete: 'organization' })),
      h('label', {}, t('portal.iban'), h('input', { name: 'iban', required: true, maxlength: 42, autocomplete: 'off' })),
      h('label', {}, t('portal.bic'), h('input', { name: 'bic', maxlength: 11, autocomplete: 'off' })),
      h('button', { id: 'send-banking-details' }, t('portal.sendBanking')));
    bankForm.addEventListener('submit', (event) => submit(event, bankForm, `/api/partners/${id}/banking-details`, t('portal.bankingSent'), reload, 'PUT'));
    todo.push(h('li', { id: 'banking-step' }, t('portal.bankingStep'), ' ', bankForm));
  }
  if (partner.stage === 'ONBOARD' && !history.some((e) => e.type === 'TAX_FORM_RECEIVED')) {
    todo.push(h('li', {}, t('portal.taxFormStep'), ' ', h('button', { id: 'tax-form', onclick: send('/tax-form', undefined, t('portal.taxFormSent')) }, t('portal.taxFormSent'))));
  }
  // Courses and exams count once the training platform reports them: the checklist below shows
  // what is left, nothing is typed in here.
  if (partner.stage === 'ENABLE') {
    const left = curriculum ? curriculum.courses.length - curriculum.coursesCompleted : null;
    todo.push(h('li', { id: 'training-todo' },
      left === null ? t('portal.coursesTodo') : t('portal.coursesLeft', { left }),
      h('span', { class: 'muted small' }, ` ${t('portal.coursesReported')}`)));
  }
  if (partner.stage === 'CERTIFY') {
    todo.push(h('li', { id: 'exam-todo' }, t('portal.examTodo'),
      h('span', { class: 'muted small' }, ` ${t('portal.examReported')}`)));
  }
  const showCurriculum = curriculum && ['ENABLE', 'CERTIFY', 'ACTIVE'].includes(partner.stage);
  const dealForm = form('deal-form', [
    ['customerName', t('deals.customer'), 'text'], ['customerDomain', t('deals.customerDomain'), 'text'],
    ['amount', t('deals.amount'), 'number'], ['expectedCloseDate', t('deals.expectedClose'), 'date']], t('deals.register'));
  dealForm.addEventListener('submit', (event) => submit(event, dealForm, `/api/partners/${id}/deals`, t('deals.registered'), reload));
  const mdfForm = form('mdf-form', [
    ['activity', t('mdf.activity'), 'text'], ['amount', t('deals.amount'), 'number'], ['plannedDate', t('mdf.plannedDate'), 'date']], t('mdf.request'));
  mdfForm.addEventListener('submit', (event) => submit(event, mdfForm, `/api/partners/${id}/mdf-requests`, t('mdf.requested'), reload));
  const active = partner.stage === 'ACTIVE';
  mount(
    h('div', { class: 'title-row' }, h('h1', { id: 'partner-name' }, partner.companyName),
      h('span', { id: 'partner-stage' }, stageChip(partner.stage)), partner.tier ? h('span', { class: 'chip' }, term('tier', partner.tier)) : null),
    section(t('portal.todo'), todo.length ? h('ul', { class: 'todo', id: 'todo' }, todo) : h('p', { class: 'muted' }, t('portal.nothingToDo')), signedCopy),
    showCurriculum ? curriculumSection(curriculum, partner.stage) : null,
    leads ? leadInboxSection(leads, reload) : null,
    plays ? playsSection(id, plays, reload, true) : null,
    campaigns ? campaignsSection(id, campaigns, reload) : null,
    overlaps ? overlapSection(overlaps) : null,
    library ? librarySection(library) : null,
    h('div', { class: 'columns' },
      section(t('deals.title'), table([
        { title: t('deals.customer'), cell: (d) => d.customerName }, { title: t('deals.amount'), cell: (d) => money(d.amount, d.currency || 'EUR') },
        { title: t('common.status'), cell: (d) => term('dealStatus', d.status) }, { title: t('deals.protectedUntil'), cell: (d) => when(d.protectedUntil) },
      ], deals, t('deals.none')), active ? dealForm : h('p', { class: 'muted small' }, t('deals.onceActive'))),
      section(t('mdf.title'), table([
        { title: t('mdf.activity'), cell: (m) => m.activity }, { title: t('deals.amount'), cell: (m) => money(m.amount, m.currency || 'EUR') },
        { title: t('common.status'), cell: (m) => term('mdfStatus', m.status) }, { title: t('mdf.planned'), cell: (m) => formatDay(m.plannedDate) },
      ], mdf, t('mdf.none')), active ? mdfForm : null)),
    coSelling ? coSellingSection(coSelling, reload) : null,
    questionsSection(id, questions, faq, reload),
    section(t('certificates.title'), table([
      { title: t('certificates.exam'), cell: (c) => c.examId }, { title: t('certificates.number'), cell: (c) => c.number },
      { title: t('certificates.expires'), cell: (c) => when(c.expiresAt) },
    ], partner.certificates, t('certificates.none'))),
    section(t('history.title'), h('ol', { class: 'timeline' }, history.map((e) => h('li', {},
      h('time', {}, when(e.at)), ' ', h('strong', {}, e.label), ' ', e.sentence,
      e.detail ? h('span', { class: 'detail' }, ` ${e.detail}`) : null)))));
}

const TOPICS = ['ONBOARDING', 'TRAINING', 'DEALS', 'MDF', 'BILLING', 'TECHNICAL', 'OTHER'];

// The partner's questions with their answers, a form to ask another, and the answers shared with
// every partner.
function questionsSection(id, questions, faq, reload) {
  const askForm = h('form', { class: 'stacked', id: 'question-form' },
    h('label', {}, t('questions.topic'), h('select', { name: 'topic', required: true }, TOPICS.map((value) => h('option', { value }, term('topic', value))))),
    h('label', {}, t('questions.yours'), h('textarea', { name: 'text', required: true, maxlength: 4000, rows: 3 })),
    h('button', { id: 'ask-question' }, t('questions.ask')));
  askForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/partners/${id}/questions`, { method: 'POST', body: { topic: askForm.topic.value, text: askForm.text.value.trim() } });
      flash(t('questions.sent'), 'ok');
      await reload();
    } catch (e) {
      showProblem(askForm, e);
    }
  });
  const label = (topic) => term('topic', topic);
  return h('div', { class: 'columns' },
    section(t('questions.title'),
      questions.length ? h('ul', { class: 'questions', id: 'questions' }, questions.map((q) => h('li', { 'data-question': q.id, class: q.status.toLowerCase() },
        h('strong', {}, label(q.topic)), ' ', h('span', { class: 'muted small' }, when(q.askedAt)),
        h('p', {}, q.text),
        q.status === 'ANSWERED'
          ? h('p', { class: 'answer' }, h('strong', {}, `${t('questions.answerFrom', { by: q.answeredBy })} `), q.answer)
          : h('p', { class: 'muted small' }, t('questions.waiting'))))) : h('p', { class: 'muted' }, t('questions.none')),
      askForm),
    section(t('questions.faq'), faq.length ? h('dl', { class: 'faq', id: 'faq' }, faq.flatMap((e) => [
      h('dt', {}, `${e.question} `, h('span', { class: 'chip' }, label(e.topic))), h('dd', {}, e.answer)]))
      : h('p', { class: 'muted' }, t('questions.faqNone'))));
}

// The agreement is fetched once: the link opens exactly these bytes and the signature sends their
// SHA-256 (the ETag), so what is signed is what was opened.
async function agreementStep(id, partner, reload) {
  const language = currentLanguage() === 'de' ? 'de' : 'en';
  const response = await fetch(`/api/partners/${id}/agreement?lang=${language}`, { credentials: 'same-origin' });
  if (!response.ok) return h('span', { class: 'muted' }, t('portal.agreementPrepared'));
  const documentSha256 = (response.headers.get('ETag') || '').replaceAll('"', '');
  const url = URL.createObjectURL(await response.blob());
  const signForm = h('form', { class: 'stacked', id: 'agreement-form' },
    h('label', {}, t('portal.fullName'), h('input', { name: 'signerName', required: true, maxlength: 200, autocomplete: 'name' })),
    h('label', {}, t('portal.jobTitle'), h('input', { name: 'signerTitle', required: true, maxlength: 200, autocomplete: 'organization-title' })),
    h('label', { class: 'check' }, h('input', { name: 'consent', type: 'checkbox', required: true }),
      ` ${t('portal.consent', { company: partner.companyName })}`),
    h('button', { id: 'sign-agreement' }, t('portal.sign')));
  signForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      signerName: signForm.elements.signerName.value.trim(),
      signerTitle: signForm.elements.signerTitle.value.trim(),
      consent: signForm.elements.consent.checked,
      documentSha256,
      language,
    };
    try {
      await api(`/api/partners/${id}/agreement/signature`, { method: 'POST', body });
      flash(t('portal.signed'), 'ok');
      await reload();
    } catch (e) {
      showProblem(signForm, e);
    }
  });
  return h('div', {}, h('a', { id: 'open-agreement', href: url, target: '_blank', rel: 'noopener' }, t('portal.openAgreement')), signForm);
}

function form(id, fields, label) {
  return h('form', { class: 'stacked', id },
    fields.map(([name, text, type]) => h('label', {}, text, h('input', { name, type, required: true, step: type === 'number' ? 'any' : null }))),
    h('button', {}, label));
}

async function submit(event, formEl, path, done, reload, method = 'POST') {
  event.preventDefault();
  const body = {};
  for (const input of formEl.querySelectorAll('input')) {
    body[input.name] = input.type === 'number' ? Number(input.value) : input.value.trim();
  }
  try {
    await api(path, { method, body });
    flash(done, 'ok');
    await reload();
  } catch (e) {
    showProblem(formEl, e);
  }
}
