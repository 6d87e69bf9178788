package org.partnerengine.lifecycle;

import java.util.Map;

/**
 * Settings a feature passes into every lifecycle instance (durations as ISO-8601 strings, limits),
 * so a process designer reads them as variables and an operator changes them in configuration.
 * Each feature's settings record implements this; the lifecycle start merges them all.
 */
public interface LifecycleVariables {
  Map<String, Object> asProcessVariables();
}
