package org.partnerengine.questions;

/** What a question is about; the question-routing decision sends each to the group that answers it. */
public enum QuestionTopic {
  ONBOARDING,
  TRAINING,
  DEALS,
  MDF,
  BILLING,
  TECHNICAL,
  OTHER
}
