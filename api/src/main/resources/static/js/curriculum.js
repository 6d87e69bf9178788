// A partner's curriculum as a checklist: the required courses with their progress, then the exams
// with pass mark and attempts. Shown on the partner's portal and on the manager's partner page.
// Absent values are left out of the API's JSON, hence the loose (== null) checks.
import { api } from './api.js';
import { h, when, section } from './ui.js';
import { t } from './i18n.js';

/** The curriculum, or null when the caller may not read it (the page then leaves the section out). */
export function loadCurriculum(partnerId) {
  return api(`/api/partners/${partnerId}/curriculum`).catch(() => null);
}

// Links come from the catalogue, where the API accepts http(s) only; checked again before use.
function link(url, text) {
  return url && /^https?:\/\//i.test(url) ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : text;
}

function courseItem(course) {
  const done = course.status === 'COMPLETED';
  return h('li', { class: done ? 'done' : 'open', 'data-course': course.courseId, 'data-status': course.status },
    h('span', { class: 'check', 'aria-hidden': 'true' }, done ? '✓' : ''),
    h('div', {},
      h('strong', {}, link(course.link, course.title)),
      h('span', { class: 'muted small' }, ` ${done ? t('curriculum.completed', { at: when(course.completedAt) }) : t('curriculum.enrolled', { at: when(course.enrolledAt) })}`),
      course.description ? h('div', { class: 'small' }, course.description) : null));
}

function examItem(exam) {
  const status = exam.passed ? t('curriculum.passed')
    : exam.attemptsLeft === 0 ? t('curriculum.noAttemptLeft')
    : t('curriculum.attemptsLeft', { left: exam.attemptsLeft, max: exam.maxAttempts });
  return h('li', { class: exam.passed ? 'done' : 'open', 'data-exam': exam.examId },
    h('span', { class: 'check', 'aria-hidden': 'true' }, exam.passed ? '✓' : ''),
    h('div', {},
      h('strong', {}, link(exam.link, exam.title)),
      h('span', { class: 'muted small' },
        ` ${t('curriculum.examLine', { passMark: exam.passMark == null ? '—' : Number(exam.passMark), used: exam.attemptsUsed, status })}`,
        exam.bestScore != null ? t('curriculum.bestScore', { score: Number(exam.bestScore) }) : ''),
      exam.description ? h('div', { class: 'small' }, exam.description) : null));
}

/** The checklist section; {@code stage} words the empty course list. */
export function curriculumSection(curriculum, stage) {
  const total = curriculum.courses.length;
  const done = curriculum.coursesCompleted;
  const courses = total
    ? [h('div', { class: 'progress-line' },
        h('progress', { id: 'course-progress', max: total, value: done }),
        h('span', { id: 'course-count' }, t('curriculum.count', { done, total }))),
      h('ul', { class: 'checklist', id: 'course-checklist' }, curriculum.courses.map(courseItem))]
    : [h('p', { class: 'muted', id: 'course-checklist-empty' },
        ['RECRUIT', 'ONBOARD'].includes(stage) ? t('curriculum.setLater') : t('curriculum.noCourse'))];
  const passed = curriculum.exams.some((e) => e.passed);
  return section(t('curriculum.title'),
    h('div', { id: 'curriculum' },
      h('h3', {}, t('curriculum.courses')), courses,
      h('h3', {}, t('curriculum.exam')),
      h('p', { class: 'muted small' }, passed ? t('curriculum.examPassed') : t('curriculum.examHint')),
      curriculum.exams.length
        ? h('ul', { class: 'checklist', id: 'exam-checklist' }, curriculum.exams.map(examItem))
        : h('p', { class: 'muted' }, t('curriculum.noExam'))));
}
