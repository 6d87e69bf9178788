package org.partnerengine.recruitment;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.LifecycleVariables;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long recruitment waits.
 *
 * @param approvalReminder when the approvers are reminded of an application they have not decided
 * @param approvalEscalation when an undecided application goes to a manager
 */
@ConfigurationProperties("partner-engine.recruitment")
public record RecruitmentSettings(Duration approvalReminder, Duration approvalEscalation)
    implements LifecycleVariables {

  public RecruitmentSettings {
    approvalReminder = approvalReminder == null ? Duration.ofDays(2) : approvalReminder;
    approvalEscalation = approvalEscalation == null ? Duration.ofDays(5) : approvalEscalation;
  }

  @Override
  public Map<String, Object> asProcessVariables() {
    return Map.of(
        "approvalReminder", approvalReminder.toString(),
        "approvalEscalation", approvalEscalation.toString());
  }
}
