package org.partnerengine.curriculum;

import java.util.List;

/**
 * What a partner has to learn and pass: its required courses (empty until enablement has enrolled
 * it) and the exams it may take, any one of which certifies it.
 */
public record Curriculum(long partnerId, List<CourseProgress> courses, int coursesCompleted, List<ExamProgress> exams) {}
