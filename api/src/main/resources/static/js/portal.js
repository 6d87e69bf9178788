// The partner portal: a partner user's own stage, what it has to do, its library, its deals and fund requests.
import { api } from './api.js';
import { h, mount, flash, when, stageChip, table, section, money, showProblem } from './ui.js';
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
    todo.push(h('li', { id: 'agreement-step' }, 'Sign the partner agreement: ', await agreementStep(id, partner, reload)));
  }
  const signedCopy = signed
    ? h('p', { class: 'small' }, h('a', { id: 'signed-agreement', href: `/api/partners/${id}/agreement/signed-copy`, target: '_blank', rel: 'noopener' }, 'Signed agreement (PDF)'))
    : null;
  // Payouts (rebates, funds) go to this account; finance verifies it, and changes it later on.
  if (partner.stage === 'ONBOARD' && !history.some((e) => e.type === 'BANKING_DETAILS_RECEIVED')) {
    const bankForm = h('form', { class: 'stacked', id: 'banking-form' },
      h('label', {}, 'Account holder', h('input', { name: 'accountHolder', required: true, maxlength: 200, autocomplete: 'organization' })),
      h('label', {}, 'IBAN', h('input', { name: 'iban', required: true, maxlength: 42, autocomplete: 'off' })),
      h('label', {}, 'BIC (optional)', h('input', { name: 'bic', maxlength: 11, autocomplete: 'off' })),
      h('button', { id: 'send-banking-details' }, 'Send banking details'));
    bankForm.addEventListener('submit', (event) => submit(event, bankForm, `/api/partners/${id}/banking-details`, 'Banking details sent', reload, 'PUT'));
    todo.push(h('li', { id: 'banking-step' }, 'Give the account for your payouts: ', bankForm));
  }
  if (partner.stage === 'ONBOARD' && !history.some((e) => e.type === 'TAX_FORM_RECEIVED')) {
    todo.push(h('li', {}, 'Send your tax form ', h('button', { id: 'tax-form', onclick: send('/tax-form', undefined, 'Tax form sent') }, 'Tax form sent')));
  }
  // Courses and exams count once the training platform reports them: the checklist below shows
  // what is left, nothing is typed in here.
  if (partner.stage === 'ENABLE') {
    const left = curriculum ? curriculum.courses.length - curriculum.coursesCompleted : null;
    todo.push(h('li', { id: 'training-todo' },
      left === null ? 'Complete your courses on the training platform.' : `Complete your courses on the training platform: ${left} left.`,
      h('span', { class: 'muted small' }, ' It reports each completion here.')));
  }
  if (partner.stage === 'CERTIFY') {
    todo.push(h('li', { id: 'exam-todo' }, 'Pass one certification exam on the training platform.',
      h('span', { class: 'muted small' }, ' It reports the result here.')));
  }
  const showCurriculum = curriculum && ['ENABLE', 'CERTIFY', 'ACTIVE'].includes(partner.stage);
  const dealForm = form('deal-form', [
    ['customerName', 'Customer', 'text'], ['customerDomain', 'Customer domain', 'text'],
    ['amount', 'Amount', 'number'], ['expectedCloseDate', 'Expected close', 'date']], 'Register deal');
  dealForm.addEventListener('submit', (event) => submit(event, dealForm, `/api/partners/${id}/deals`, 'Deal registered', reload));
  const mdfForm = form('mdf-form', [
    ['activity', 'Activity', 'text'], ['amount', 'Amount', 'number'], ['plannedDate', 'Planned date', 'date']], 'Request funds');
  mdfForm.addEventListener('submit', (event) => submit(event, mdfForm, `/api/partners/${id}/mdf-requests`, 'Funds requested', reload));
  const active = partner.stage === 'ACTIVE';
  mount(
    h('div', { class: 'title-row' }, h('h1', { id: 'partner-name' }, partner.companyName),
      h('span', { id: 'partner-stage' }, stageChip(partner.stage)), partner.tier ? h('span', { class: 'chip' }, partner.tier) : null),
    section('To do', todo.length ? h('ul', { class: 'todo', id: 'todo' }, todo) : h('p', { class: 'muted' }, 'Nothing for you to do right now.'), signedCopy),
    showCurriculum ? curriculumSection(curriculum, partner.stage) : null,
    leads ? leadInboxSection(leads, reload) : null,
    plays ? playsSection(id, plays, reload, true) : null,
    campaigns ? campaignsSection(id, campaigns, reload) : null,
    overlaps ? overlapSection(overlaps) : null,
    library ? librarySection(library) : null,
    h('div', { class: 'columns' },
      section('Deals', table([
        { title: 'Customer', cell: (d) => d.customerName }, { title: 'Amount', cell: (d) => money(d.amount, d.currency || 'EUR') },
        { title: 'Status', cell: (d) => (d.status === 'WON_UNVERIFIED' ? 'WON, to be confirmed' : d.status) }, { title: 'Protected until', cell: (d) => when(d.protectedUntil) },
      ], deals, 'No deal registered yet.'), active ? dealForm : h('p', { class: 'muted small' }, 'Deals can be registered once you are active.')),
      section('Market development funds', table([
        { title: 'Activity', cell: (m) => m.activity }, { title: 'Amount', cell: (m) => money(m.amount) },
        { title: 'Status', cell: (m) => m.status }, { title: 'Planned', cell: (m) => m.plannedDate },
      ], mdf, 'No request yet.'), active ? mdfForm : null)),
    coSelling ? coSellingSection(coSelling, reload) : null,
    questionsSection(id, questions, faq, reload),
    section('Certificates', table([
      { title: 'Exam', cell: (c) => c.examId }, { title: 'Number', cell: (c) => c.number }, { title: 'Expires', cell: (c) => when(c.expiresAt) },
    ], partner.certificates, 'No certificate yet.')),
    section('History', h('ol', { class: 'timeline' }, history.map((e) => h('li', {},
      h('time', {}, when(e.at)), ' ', h('strong', {}, e.label), ' ', e.sentence,
      e.detail ? h('span', { class: 'detail' }, ` ${e.detail}`) : null)))));
}

const TOPICS = [['ONBOARDING', 'Onboarding'], ['TRAINING', 'Training and certification'], ['DEALS', 'Deals'],
  ['MDF', 'Market development funds'], ['BILLING', 'Billing and payouts'], ['TECHNICAL', 'Technical'], ['OTHER', 'Something else']];

// The partner's questions with their answers, a form to ask another, and the answers shared with
// every partner.
function questionsSection(id, questions, faq, reload) {
  const askForm = h('form', { class: 'stacked', id: 'question-form' },
    h('label', {}, 'Topic', h('select', { name: 'topic', required: true }, TOPICS.map(([value, label]) => h('option', { value }, label)))),
    h('label', {}, 'Your question', h('textarea', { name: 'text', required: true, maxlength: 4000, rows: 3 })),
    h('button', { id: 'ask-question' }, 'Ask'));
  askForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/partners/${id}/questions`, { method: 'POST', body: { topic: askForm.topic.value, text: askForm.text.value.trim() } });
      flash('Question sent: the answer comes here and by mail.', 'ok');
      await reload();
    } catch (e) {
      showProblem(askForm, e);
    }
  });
  const label = (topic) => (TOPICS.find(([value]) => value === topic) || [topic, topic])[1];
  return h('div', { class: 'columns' },
    section('Questions',
      questions.length ? h('ul', { class: 'questions', id: 'questions' }, questions.map((q) => h('li', { 'data-question': q.id, class: q.status.toLowerCase() },
        h('strong', {}, label(q.topic)), ' ', h('span', { class: 'muted small' }, when(q.askedAt)),
        h('p', {}, q.text),
        q.status === 'ANSWERED'
          ? h('p', { class: 'answer' }, h('strong', {}, `Answer from ${q.answeredBy}: `), q.answer)
          : h('p', { class: 'muted small' }, 'Waiting for an answer.')))) : h('p', { class: 'muted' }, 'No question asked yet.'),
      askForm),
    section('Answers for every partner', faq.length ? h('dl', { class: 'faq', id: 'faq' }, faq.flatMap((e) => [
      h('dt', {}, `${e.question} `, h('span', { class: 'chip' }, label(e.topic))), h('dd', {}, e.answer)]))
      : h('p', { class: 'muted' }, 'Nothing shared yet.')));
}

// The agreement is fetched once: the link opens exactly these bytes and the signature sends their
// SHA-256 (the ETag), so what is signed is what was opened.
async function agreementStep(id, partner, reload) {
  const language = (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
  const response = await fetch(`/api/partners/${id}/agreement?lang=${language}`, { credentials: 'same-origin' });
  if (!response.ok) return h('span', { class: 'muted' }, 'your agreement is being prepared; reload in a moment.');
  const documentSha256 = (response.headers.get('ETag') || '').replaceAll('"', '');
  const url = URL.createObjectURL(await response.blob());
  const signForm = h('form', { class: 'stacked', id: 'agreement-form' },
    h('label', {}, 'Full name', h('input', { name: 'signerName', required: true, maxlength: 200, autocomplete: 'name' })),
    h('label', {}, 'Title', h('input', { name: 'signerTitle', required: true, maxlength: 200, autocomplete: 'organization-title' })),
    h('label', { class: 'check' }, h('input', { name: 'consent', type: 'checkbox', required: true }),
      ` I have read the agreement and sign it for ${partner.companyName}.`),
    h('button', { id: 'sign-agreement' }, 'Sign agreement'));
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
      flash('Agreement signed', 'ok');
      await reload();
    } catch (e) {
      showProblem(signForm, e);
    }
  });
  return h('div', {}, h('a', { id: 'open-agreement', href: url, target: '_blank', rel: 'noopener' }, 'Open agreement (PDF)'), signForm);
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
