// The partner survey, answered from the link in its mail without logging in: one question from
// 0 to 10 and a comment. An expired or answered link says so instead of showing the form.
import { api } from './api.js';
import { h, mount, showProblem } from './ui.js';
import { t, term } from './i18n.js';

function done(text) {
  mount(h('div', { class: 'card login', id: 'survey-done' }, h('h1', {}, t('survey.title')), h('p', {}, text)));
}

export async function surveyView(token) {
  let question;
  try {
    question = await api(`/api/surveys/${encodeURIComponent(token)}`);
  } catch (e) {
    done(e.status === 410 ? t('survey.expired')
      : e.status === 409 ? t('survey.answered')
        : t('survey.unknown'));
    return;
  }
  const scale = h('div', { class: 'nps-scale', id: 'survey-scale' }, ...Array.from({ length: 11 }, (_, score) =>
    h('label', { class: 'nps-choice' }, h('input', { type: 'radio', name: 'score', value: String(score), required: true }), String(score))));
  const form = h('form', { class: 'card login', id: 'survey-form' },
    h('h1', {}, t('survey.title')),
    h('p', {}, t('survey.question', { company: question.companyName, about: term('surveyAbout', question.touchpoint, t('survey.aboutUs')) })),
    scale,
    h('p', { class: 'small muted' }, t('survey.scale')),
    h('label', {}, t('survey.reason'),
      h('textarea', { name: 'comment', id: 'survey-comment', maxlength: 2000, rows: 4 })),
    h('button', { type: 'submit', id: 'survey-submit' }, t('survey.send')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name="score"]:checked');
    try {
      await api(`/api/surveys/${encodeURIComponent(token)}`, { method: 'POST', body: { score: Number(chosen.value), comment: form.comment.value } });
      done(t('survey.thanks'));
    } catch (e) {
      showProblem(form, e);
    }
  });
  mount(form);
}
