package org.partnerengine.curriculum;

/**
 * Where a partner stands on a required course. Enablement enrols the partner in every course the
 * training-curriculum decision requires as it enters the stage, and the training platform reports
 * completions only, so a required course is enrolled or completed.
 */
public enum CourseStatus {
  ENROLLED,
  COMPLETED
}
