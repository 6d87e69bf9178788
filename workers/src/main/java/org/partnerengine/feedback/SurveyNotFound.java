package org.partnerengine.feedback;

/** No survey has this link. */
public class SurveyNotFound extends RuntimeException {
  public SurveyNotFound() {
    super("No survey has this link");
  }
}
