package org.partnerengine.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator why the app would not start, and what to set, without a stack trace. */
class EngineModeFailureAnalyzer extends AbstractFailureAnalyzer<EngineModeUnavailable> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EngineModeUnavailable cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
