package org.partnerengine.certification;

/** What the certification process branches on after an exam result. */
public record ExamOutcome(boolean passed, int attemptNumber) {}
