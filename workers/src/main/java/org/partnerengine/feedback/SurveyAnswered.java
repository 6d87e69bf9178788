package org.partnerengine.feedback;

/** The survey was answered already: an answer counts once. */
public class SurveyAnswered extends RuntimeException {
  public SurveyAnswered() {
    super("This survey was answered already");
  }
}
