package org.partnerengine.feedback;

/** What a survey asks about: the relationship as a whole, or one moment of it. */
public enum Touchpoint {
  RELATIONSHIP,
  ONBOARDING,
  MDF_PAYOUT,
  DEAL_CONFLICT,
  CERTIFICATE
}
