package org.partnerengine.recruitment;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.lifecycle.LifecycleProcess;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an application into a partner with a running lifecycle.
 *
 * <p>The partner is committed before the process starts, so the first worker always finds it.
 * If the engine refuses the start within the answer time, the partner is removed again and the
 * applicant gets a 503: nothing is left behind. A start the engine has not answered by then goes
 * on without the applicant (202): the lifecycle's first step binds the instance key, and if the
 * start fails after all, the orphan sweep starts it once the grace has passed, so nothing
 * accepted is lost. A busy or slow engine therefore cannot hold applicants: while many starts
 * are waiting for it, or while it takes more than half the answer time to answer starts (a
 * moving average; a JVM still compiling the engine, in its first minute, does), a new
 * application does not wait at all. The number of starts waiting is bounded: past that,
 * applications are refused before anything is stored.
 */
@Service
public class PartnerApplications {

  private static final Logger log = LoggerFactory.getLogger(PartnerApplications.class);

  private final Partners partners;
  private final PartnerEvents events;
  private final PartnerHistory history;
  private final LifecycleProcess lifecycle;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ApplicationSettings settings;
  private final Semaphore pendingStarts;
  /** How long the engine took to answer recent starts, in nanoseconds; negative before the first. */
  private final AtomicLong recentAnswerNanos = new AtomicLong(-1);

  public PartnerApplications(
      Partners partners,
      PartnerEvents events,
      PartnerHistory history,
      LifecycleProcess lifecycle,
      TransactionTemplate transaction,
      Clock clock,
      ApplicationSettings settings) {
    this.partners = partners;
    this.events = events;
    this.history = history;
    this.lifecycle = lifecycle;
    this.transaction = transaction;
    this.clock = clock;
    this.settings = settings;
    this.pendingStarts = new Semaphore(settings.maxPendingStarts());
  }

  public ApplicationReceipt apply(PartnerApplication application) {
    if (!pendingStarts.tryAcquire()) {
      throw new EngineUnavailable(
          "The engine has " + settings.maxPendingStarts() + " lifecycle starts waiting already", null);
    }
    CompletableFuture<Long> started;
    long partnerId;
    try {
      partnerId = transaction.execute(status -> register(application).getId());
      long sent = System.nanoTime();
      // The applicant is answered from this stage: its place is free and its answer time counted by then.
      started =
          lifecycle
              .startAsync(partnerId)
              .whenComplete(
                  (key, failure) -> {
                    pendingStarts.release();
                    recordAnswer(System.nanoTime() - sent);
                  });
    } catch (RuntimeException e) {
      pendingStarts.release();
      throw e;
    }
    try {
      long processInstanceKey = started.get(answerWithinNanos(), TimeUnit.NANOSECONDS);
      attach(partnerId, processInstanceKey);
      return new ApplicationReceipt(partnerId, processInstanceKey, Stage.RECRUIT);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof EngineUnavailable refused) {
        transaction.executeWithoutResult(status -> withdraw(partnerId));
        throw refused;
      }
      throw new IllegalStateException("The lifecycle start of partner " + partnerId + " failed", e.getCause());
    } catch (TimeoutException e) {
      return underWay(partnerId, started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return underWay(partnerId, started);
    }
  }

  /**
   * How long this application waits for its start: not at all while the engine is behind or
   * slow. Waiting is worth it only when the start is likely taken in time; an engine answering in
   * more than half the answer time would leave many applicants waiting the whole answer time for
   * a 202 they could have had at once.
   */
  private long answerWithinNanos() {
    int othersWaiting = settings.maxPendingStarts() - pendingStarts.availablePermits() - 1;
    long answerWithin = settings.answerWithin().toNanos();
    boolean slow = recentAnswerNanos.get() > answerWithin / 2;
    return othersWaiting >= settings.engineBehindAt() || slow ? 0 : answerWithin;
  }

  /** A moving average of the engine's answer times, the newest weighing a quarter. */
  private void recordAnswer(long nanos) {
    recentAnswerNanos.accumulateAndGet(nanos, (average, latest) -> average < 0 ? latest : average + (latest - average) / 4);
  }

  /**
   * Binds the key at once, so the partner shows its instance from the first answer. The
   * lifecycle's first step binds it too and may hold the row right now: on MySQL the two can
   * deadlock, and the database gives up one of them. Losing here costs nothing, as the step binds
   * the key, so the applicant is not answered with an error for it.
   */
  private void attach(long partnerId, long processInstanceKey) {
    try {
      transaction.executeWithoutResult(status -> partners.attachProcessInstance(partnerId, processInstanceKey));
    } catch (PessimisticLockingFailureException e) {
      log.debug("Partner {} is bound to its instance by the lifecycle's first step: {}", partnerId, e.getMessage());
    }
  }

  /** The applicant is answered now; a start that fails later is left to the orphan sweep. */
  private ApplicationReceipt underWay(long partnerId, CompletableFuture<Long> started) {
    started.whenComplete(
        (key, failure) -> {
          if (failure != null) {
            Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
            log.warn("The lifecycle of partner {} did not start; the orphan sweep will retry: {}", partnerId, cause.getMessage());
          }
        });
    return new ApplicationReceipt(partnerId, null, Stage.RECRUIT);
  }

  private Partner register(PartnerApplication application) {
    Partner partner =
        partners.save(
            new Partner(
                application.companyName().strip(),
                application.partnerType(),
                application.country(),
                application.website().strip(),
                application.contactName().strip(),
                application.contactEmail().strip(),
                application.annualRevenue(),
                application.employees(),
                clock.instant()));
    history.record(partner, "APPLICATION_RECEIVED", "applicant", partner.getCompanyName());
    return partner;
  }

  private void withdraw(long partnerId) {
    events.deleteAll(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId));
    partners.deleteById(partnerId);
  }
}
