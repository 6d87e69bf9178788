package org.partnerengine.catalogue;

/** What a catalogue entry is: a course the platform reports as completed, or an exam it reports a score for. */
public enum TrainingKind {
  COURSE,
  EXAM
}
