package org.partnerengine.recruitment;

public enum DueDiligenceOutcome {
  PASSED,
  FAILED
}
