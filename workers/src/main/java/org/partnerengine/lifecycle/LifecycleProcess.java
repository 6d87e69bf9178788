package org.partnerengine.lifecycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts the partner lifecycle process: the one entry from the business into the engine. */
@Component
public class LifecycleProcess {

  public static final String BPMN_PROCESS_ID = "partner-lifecycle";
  private static final String WHAT = "the lifecycle";

  private final ProcessStarter engine;
  private final List<LifecycleVariables> settings;

  public LifecycleProcess(ProcessStarter engine, List<LifecycleVariables> settings) {
    this.engine = engine;
    this.settings = settings;
  }

  /** Starts the latest deployed lifecycle for a partner and answers the instance key. */
  public long start(long partnerId) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(partnerId));
  }

  /**
   * Sends the start without waiting for it: the answer completes with the instance key, or with
   * {@link EngineUnavailable} when the engine refuses the start or does not answer within its
   * timeout.
   */
  public CompletableFuture<Long> startAsync(long partnerId) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(partnerId));
  }

  private Map<String, Object> variables(long partnerId) {
    Map<String, Object> variables = new HashMap<>();
    settings.forEach(feature -> variables.putAll(feature.asProcessVariables()));
    variables.put("partnerId", partnerId);
    return variables;
  }
}
