package org.partnerengine.config;

import io.camunda.client.exception.CamundaError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A technical failure in a worker (database down, a bug) fails the job with one retry less and an
 * exponential backoff, so a passing fault heals itself and a lasting one ends in an incident
 * that a manager can see and retry. Business outcomes (BPMN errors) pass through unchanged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "camunda.client.enabled", matchIfMissing = true)
class JobFailureConfiguration {

  private static final Logger log = LoggerFactory.getLogger(JobFailureConfiguration.class);

  @Bean
  JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
      CommandExceptionHandlingStrategy commands,
      MetricsRecorder metrics,
      @Value("${partner-engine.jobs.retry-backoff:PT5S}") Duration firstBackoff,
      @Value("${partner-engine.jobs.max-retry-backoff:PT10M}") Duration maxBackoff) {
    DefaultJobExceptionHandlingStrategy standard = new DefaultJobExceptionHandlingStrategy(commands, metrics);
    return (exception, context) -> {
      CamundaError declared = declaredError(exception);
      if (declared != null) {
        standard.handleException(declared, context);
        return;
      }
      int retriesLeft = Math.max(context.job().getRetries() - 1, 0);
      int failuresSoFar = Math.max(0, 3 - context.job().getRetries());
      Duration backoff = firstBackoff.multipliedBy(1L << Math.min(failuresSoFar, 16));
      if (backoff.compareTo(maxBackoff) > 0) {
        backoff = maxBackoff;
      }
      Throwable cause = rootCause(exception);
      log.warn(
          "Job {} of type {} failed ({} retries left): {}",
          context.job().getKey(), context.job().getType(), retriesLeft, cause.toString());
      standard.handleException(
          CamundaError.jobError(
              cause.getClass().getSimpleName() + ": " + cause.getMessage(),
              null,
              retriesLeft,
              retriesLeft == 0 ? Duration.ZERO : backoff,
              exception),
          context);
    };
  }

  private static CamundaError declaredError(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof CamundaError error) {
        return error;
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
