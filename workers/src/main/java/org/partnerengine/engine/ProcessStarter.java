package org.partnerengine.engine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Starts process instances: the latest deployed version of a process, with its variables. */
public interface ProcessStarter {

  /**
   * Starts and waits for the instance key.
   *
   * @param what what is being started, in words, for the message of {@link EngineUnavailable}
   * @throws EngineUnavailable whenever the engine does not start it, whatever the reason
   */
  long start(String what, String bpmnProcessId, Map<String, Object> variables);

  /**
   * Sends the start without waiting: the answer completes with the instance key, or with {@link
   * EngineUnavailable} when the engine refuses the start or does not answer within the timeout.
   */
  CompletableFuture<Long> startAsync(String what, String bpmnProcessId, Map<String, Object> variables);

  /**
   * Starts a process a designer tries out.
   *
   * @throws EngineRefused NOT_FOUND when no such process is deployed, INVALID_ARGUMENT when the
   *     engine rejects the variables
   */
  StartedInstance startTrial(String bpmnProcessId, Map<String, Object> variables);

  /** A started instance: its key and the process version it runs. */
  record StartedInstance(long processInstanceKey, String bpmnProcessId, int version) {}
}
