// A partner's curriculum as a checklist: the required courses with their progress, then the exams
// with pass mark and attempts. Shown on the partner's portal and on the manager's partner page.
// Absent values are left out of the API's JSON, hence the loose (== null) checks.
import { api } from './api.js';
import { h, when, section } from './ui.js';

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
      h('span', { class: 'muted small' }, done ? ` completed ${when(course.completedAt)}` : ` enrolled ${when(course.enrolledAt)}, not completed yet`),
      course.description ? h('div', { class: 'small' }, course.description) : null));
}

function examItem(exam) {
  const status = exam.passed ? 'passed'
    : exam.attemptsLeft === 0 ? 'no attempt left: a manager reviews'
    : `${exam.attemptsLeft} of ${exam.maxAttempts} attempts left`;
  return h('li', { class: exam.passed ? 'done' : 'open', 'data-exam': exam.examId },
    h('span', { class: 'check', 'aria-hidden': 'true' }, exam.passed ? '✓' : ''),
    h('div', {},
      h('strong', {}, link(exam.link, exam.title)),
      h('span', { class: 'muted small' },
        ` pass mark ${exam.passMark == null ? '—' : Number(exam.passMark)}, ${exam.attemptsUsed} used, ${status}`,
        exam.bestScore != null ? `, best score ${Number(exam.bestScore)}` : ''),
      exam.description ? h('div', { class: 'small' }, exam.description) : null));
}

/** The checklist section; {@code stage} words the empty course list. */
export function curriculumSection(curriculum, stage) {
  const total = curriculum.courses.length;
  const done = curriculum.coursesCompleted;
  const courses = total
    ? [h('div', { class: 'progress-line' },
        h('progress', { id: 'course-progress', max: total, value: done }),
        h('span', { id: 'course-count' }, `${done} of ${total} courses completed`)),
      h('ul', { class: 'checklist', id: 'course-checklist' }, curriculum.courses.map(courseItem))]
    : [h('p', { class: 'muted', id: 'course-checklist-empty' },
        ['RECRUIT', 'ONBOARD'].includes(stage) ? 'The required courses are set when enablement starts.' : 'No course required.')];
  const passed = curriculum.exams.some((e) => e.passed);
  return section('Curriculum',
    h('div', { id: 'curriculum' },
      h('h3', {}, 'Courses'), courses,
      h('h3', {}, 'Certification exam'),
      h('p', { class: 'muted small' }, passed ? 'Passed: the certificate is below.' : 'Pass one of these exams on the training platform; it reports the result here.'),
      curriculum.exams.length
        ? h('ul', { class: 'checklist', id: 'exam-checklist' }, curriculum.exams.map(examItem))
        : h('p', { class: 'muted' }, 'No exam offered yet.')));
}
