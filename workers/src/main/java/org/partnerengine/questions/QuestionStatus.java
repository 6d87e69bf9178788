package org.partnerengine.questions;

public enum QuestionStatus {
  /** Waiting for its answer. */
  OPEN,
  /** Not answered within the group's time: a manager was told. Still waiting for its answer. */
  ESCALATED,
  ANSWERED
}
