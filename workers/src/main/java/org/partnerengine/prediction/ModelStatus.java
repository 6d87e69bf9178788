package org.partnerengine.prediction;

/** A trained churn model's standing: only the PROMOTED one scores partners. */
public enum ModelStatus {
  CANDIDATE,
  PROMOTED,
  REJECTED,
  RETIRED
}
