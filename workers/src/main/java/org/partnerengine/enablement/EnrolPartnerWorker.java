package org.partnerengine.enablement;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.springframework.stereotype.Component;

/** Enrols the partner in the courses the training-curriculum decision requires. */
@Component
public class EnrolPartnerWorker {

  static final String JOB_TYPE = "enablement.enrol-partner";

  private final Enablement enablement;

  public EnrolPartnerWorker(Enablement enablement) {
    this.enablement = enablement;
  }

  /** The decision answers null when no rule matched: no course is required then. */
  @JobWorker(type = JOB_TYPE)
  public CurriculumProgress enrol(@Variable long partnerId, @Variable(optional = true) List<String> requiredCourses) {
    return enablement.enrol(partnerId, requiredCourses);
  }
}
