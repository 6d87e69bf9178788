package org.partnerengine.instances;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * A process instance as the API shows it: where it is, where it has been (completed elements and,
 * on the embedded engine, the sequence flows taken), what failed, what it carries.
 */
public record ProcessInstanceView(
    long key,
    String bpmnProcessId,
    int version,
    InstanceState state,
    List<String> activeElementIds,
    List<String> completedElementIds,
    List<IncidentView> incidents,
    Map<String, Object> variables) {

  public enum InstanceState {
    ACTIVE,
    COMPLETED,
    TERMINATED
  }

  /** An open incident; {@code jobKey} is 0 when no job failed (e.g. an expression error). */
  public record IncidentView(long key, String elementId, String errorType, String errorMessage, long jobKey) {}

  /** One line of the instance list. */
  public record Summary(long key, String bpmnProcessId, int version, InstanceState state, Long partnerId, int incidents) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A variable's value as the engine keeps it (JSON), or the text itself where it is not JSON. */
  public static Object variableValue(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, Object.class);
    } catch (Exception e) {
      return json;
    }
  }
}
