package org.partnerengine.feedback;

/** The survey's link is past its time. */
public class SurveyExpired extends RuntimeException {
  public SurveyExpired() {
    super("This survey link has expired");
  }
}
