// The partner survey, answered from the link in its mail without logging in: one question from
// 0 to 10 and a comment. An expired or answered link says so instead of showing the form.
import { api } from './api.js';
import { h, mount, showProblem } from './ui.js';

const ABOUT = {
  RELATIONSHIP: 'our partner programme',
  ONBOARDING: 'how we onboarded you',
  MDF_PAYOUT: 'how we handled your marketing funds',
  DEAL_CONFLICT: 'how we settled your deal conflict',
  CERTIFICATE: 'your certification',
};

function done(text) {
  mount(h('div', { class: 'card login', id: 'survey-done' }, h('h1', {}, 'Partner survey'), h('p', {}, text)));
}

export async function surveyView(token) {
  let question;
  try {
    question = await api(`/api/surveys/${encodeURIComponent(token)}`);
  } catch (e) {
    done(e.status === 410 ? 'This survey link has expired. Thank you all the same.'
      : e.status === 409 ? 'This survey was answered already. Thank you!'
        : 'This survey link is not known.');
    return;
  }
  const scale = h('div', { class: 'nps-scale', id: 'survey-scale' }, ...Array.from({ length: 11 }, (_, score) =>
    h('label', { class: 'nps-choice' }, h('input', { type: 'radio', name: 'score', value: String(score), required: true }), String(score))));
  const form = h('form', { class: 'card login', id: 'survey-form' },
    h('h1', {}, 'Partner survey'),
    h('p', {}, `${question.companyName}: how likely is it that you would recommend ${ABOUT[question.touchpoint] || 'us'} to a peer?`),
    scale,
    h('p', { class: 'small muted' }, '0 = not at all likely, 10 = extremely likely'),
    h('label', {}, 'What is the main reason for your score? (optional)',
      h('textarea', { name: 'comment', id: 'survey-comment', maxlength: 2000, rows: 4 })),
    h('button', { type: 'submit', id: 'survey-submit' }, 'Send'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name="score"]:checked');
    try {
      await api(`/api/surveys/${encodeURIComponent(token)}`, { method: 'POST', body: { score: Number(chosen.value), comment: form.comment.value } });
      done('Thank you! Your answer reached the partner team.');
    } catch (e) {
      showProblem(form, e);
    }
  });
  mount(form);
}
