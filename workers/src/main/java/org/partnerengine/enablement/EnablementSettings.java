package org.partnerengine.enablement;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.lifecycle.LifecycleVariables;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How enablement waits.
 *
 * @param trainingReminder how often a partner with open courses is reminded of them
 */
@ConfigurationProperties("partner-engine.enablement")
public record EnablementSettings(Duration trainingReminder) implements LifecycleVariables {

  public EnablementSettings {
    trainingReminder = trainingReminder == null ? Duration.ofDays(7) : trainingReminder;
  }

  @Override
  public Map<String, Object> asProcessVariables() {
    return Map.of("trainingReminder", trainingReminder.toString());
  }
}
