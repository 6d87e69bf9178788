package org.partnerengine.curriculum;

import java.time.Instant;

/**
 * One required course of a partner as the catalogue describes it. A course the decision requires
 * but the catalogue lacks shows its id as title and {@code catalogued = false}, so a manager sees
 * what to describe.
 */
public record CourseProgress(
    String courseId,
    String title,
    String description,
    String link,
    boolean catalogued,
    CourseStatus status,
    Instant enrolledAt,
    Instant completedAt) {}
