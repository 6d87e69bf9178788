package org.partnerengine.engine;

import java.util.Map;

/** Evaluates a deployed DMN decision outside any process (the latest version). */
public interface DecisionEvaluator {

  /**
   * @return the decision's output as JSON
   * @throws EngineUnavailable when the engine does not answer
   */
  String evaluate(String decisionId, Map<String, Object> variables);
}
