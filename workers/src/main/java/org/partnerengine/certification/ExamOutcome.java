package org.partnerengine.certification;

/**
 * What the certification process branches on after an exam result. {@code maxExamAttempts} is the
 * exam's own limit when the catalogue has the exam, else the one the process was given.
 */
public record ExamOutcome(boolean passed, int attemptNumber, int maxExamAttempts) {}
