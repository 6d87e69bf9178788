package org.partnerengine.engine;

import java.util.Map;

/** Completes jobs the app holds outside a job worker (user tasks completed through the API). */
public interface JobCompleter {

  /**
   * Completes the job with its variables.
   *
   * @throws EngineRefused NOT_FOUND when the job is gone, INVALID_ARGUMENT when the engine rejects
   *     the variables
   * @throws EngineUnavailable when the engine does not take the completion
   */
  void complete(long jobKey, Map<String, Object> variables);
}
