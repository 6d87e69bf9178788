package org.partnerengine.lifecycle;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The durations the processes wait for: configuration, passed into every lifecycle instance as
 * ISO-8601 variables, so they are days in production and seconds in a demo.
 *
 * @param approvalReminder when the approvers are reminded of an application they have not decided
 * @param approvalEscalation when an undecided application goes to a manager
 */
@ConfigurationProperties("partner-engine.lifecycle")
public record LifecycleSettings(Duration approvalReminder, Duration approvalEscalation) {

  public LifecycleSettings {
    approvalReminder = approvalReminder == null ? Duration.ofDays(2) : approvalReminder;
    approvalEscalation = approvalEscalation == null ? Duration.ofDays(5) : approvalEscalation;
  }

  /** A fresh, mutable map of the durations as the process reads them. */
  public Map<String, Object> asProcessVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("approvalReminder", approvalReminder.toString());
    variables.put("approvalEscalation", approvalEscalation.toString());
    return variables;
  }
}
