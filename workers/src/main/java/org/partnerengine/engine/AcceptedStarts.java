package org.partnerengine.engine;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The shared step of store, start, recover, for what a partner hands in and the app stores before
 * its process starts (deals, MDF requests): the start is waited for within the answer time. A start
 * the engine refused is reported, and the caller removes what it stored. A start still under way,
 * or one the engine did not answer (it may have taken it), is left running: the caller answers 202
 * and keeps the row; the late answer binds the instance key, the process's first step binds it
 * too, and the feature's sweep starts a row left without an instance once the grace has passed.
 */
@Component
public class AcceptedStarts {

  private static final Logger log = LoggerFactory.getLogger(AcceptedStarts.class);

  private final Duration answerWithin;

  public AcceptedStarts(@Value("${partner-engine.engine.answer-within:PT2S}") Duration answerWithin) {
    this.answerWithin = answerWithin;
  }

  /**
   * Waits for the start within the answer time.
   *
   * @param bind binds the instance key when the start is answered after the caller was; runs on the
   *     client's thread, once
   * @return the instance key, or empty when the start is under way
   * @throws EngineUnavailable when the engine surely did not take the start
   */
  public OptionalLong await(String what, CompletableFuture<Long> started, LongConsumer bind) {
    try {
      return OptionalLong.of(started.get(answerWithin.toNanos(), TimeUnit.NANOSECONDS));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof EngineUnavailable refused && !refused.outcomeUnknown()) {
        throw refused;
      }
      log.warn("The engine did not answer the start of {}; it is left to the sweep: {}", what, e.getCause().getMessage());
      return OptionalLong.empty();
    } catch (TimeoutException e) {
      return underWay(what, started, bind);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return underWay(what, started, bind);
    }
  }

  private static OptionalLong underWay(String what, CompletableFuture<Long> started, LongConsumer bind) {
    started.whenComplete(
        (key, failure) -> {
          if (failure != null) {
            log.warn("The start of {} failed after its answer; the sweep will retry: {}", what, failure.getMessage());
            return;
          }
          try {
            bind.accept(key);
          } catch (RuntimeException e) {
            log.warn("Instance {} of {} is left for its first step to bind: {}", key, what, e.getMessage());
          }
        });
    return OptionalLong.empty();
  }
}
