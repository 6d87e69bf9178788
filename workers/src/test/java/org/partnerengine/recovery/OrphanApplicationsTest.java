package org.partnerengine.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.partnerengine.WorkerFixtures.application;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.lifecycle.LifecycleProcess;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.recruitment.ApplicationReceipt;
import org.partnerengine.recruitment.ApplicationSettings;
import org.partnerengine.recruitment.PartnerApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application whose process start fails after the partner was committed: refused by the engine,
 * nothing stays; lost to a crash, the sweep starts exactly one lifecycle once the grace has passed.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({PartnerApplications.class, OrphanApplications.class, PartnerHistory.class, OrphanApplicationsTest.Settings.class})
class OrphanApplicationsTest {

  static final Duration GRACE = Duration.ofMinutes(2);

  /**
   * A clock the test moves forward. It starts years before the partners other tests leave in the
   * shared database, so the sweep here only ever finds this test's applications.
   */
  static class MovableClock extends Clock {
    private Instant now = Instant.parse("2001-03-01T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    synchronized void advance(Duration by) {
      now = now.plus(by);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    MovableClock clock() {
      return new MovableClock();
    }

    @Bean
    ApplicationSettings applicationSettings() {
      return ApplicationSettings.defaults();
    }

    @Bean
    RecoverySettings recoverySettings() {
      return new RecoverySettings(false, GRACE, Duration.ofMinutes(1));
    }
  }

  @MockitoBean LifecycleProcess lifecycle;

  @Autowired PartnerApplications applications;
  @Autowired OrphanApplications orphans;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired MovableClock clock;

  private final AtomicLong instances = new AtomicLong(90_000);

  @BeforeEach
  void noOrphansLeftByEarlierTests() {
    doAnswer(call -> instances.incrementAndGet()).when(lifecycle).start(anyLong());
    doAnswer(call -> CompletableFuture.completedFuture(instances.incrementAndGet())).when(lifecycle).startAsync(anyLong());
    clock.advance(GRACE.multipliedBy(10));
    orphans.sweep();
  }

  @Test
  void anApplicationTheEngineRefusesLeavesNothingForTheSweepToStart() {
    long partnersBefore = partners.count();
    long eventsBefore = events.count();
    doReturn(CompletableFuture.failedFuture(new EngineUnavailable("RESOURCE_EXHAUSTED", null))).when(lifecycle).startAsync(anyLong());

    assertThatThrownBy(() -> applications.apply(application("Refused GmbH"))).isInstanceOf(EngineUnavailable.class);
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep()).isZero();
    assertThat(partners.count()).isEqualTo(partnersBefore);
    assertThat(events.count()).isEqualTo(eventsBefore);
  }

  @Test
  void aPartnerCommittedBeforeACrashGetsExactlyOneLifecycleAfterTheGrace() {
    doThrow(new IllegalStateException("the app stopped here")).when(lifecycle).startAsync(anyLong());
    assertThatThrownBy(() -> applications.apply(application("Crashed GmbH"))).isInstanceOf(IllegalStateException.class);
    long partnerId = orphanId("Crashed GmbH");
    doAnswer(call -> instances.incrementAndGet()).when(lifecycle).start(anyLong());

    assertThat(orphans.sweep()).as("within the grace a start may still be under way").isZero();
    clock.advance(GRACE.plusSeconds(1));
    assertThat(orphans.sweep()).isEqualTo(1);
    assertThat(orphans.sweep()).isZero();
    clock.advance(GRACE.multipliedBy(3));
    assertThat(orphans.sweep()).isZero();

    verify(lifecycle, times(1)).start(partnerId);
    assertThat(partners.require(partnerId).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void twoSweepsAtOnceStartTheOrphanOnce() throws Exception {
    doThrow(new IllegalStateException("the app stopped here")).when(lifecycle).startAsync(anyLong());
    assertThatThrownBy(() -> applications.apply(application("Twice Swept GmbH"))).isInstanceOf(IllegalStateException.class);
    long partnerId = orphanId("Twice Swept GmbH");
    doAnswer(call -> instances.incrementAndGet()).when(lifecycle).start(anyLong());
    clock.advance(GRACE.plusSeconds(1));

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> sweep = orphans::sweep;
      List<Future<Integer>> runs = threads.invokeAll(List.of(sweep, sweep));
      assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
    // the crashed request sent none; the two sweeps, one between them
    verify(lifecycle, times(1)).start(partnerId);
  }

  @Test
  void anEngineStillDownLeavesTheOrphanForALaterSweep() {
    doThrow(new IllegalStateException("the app stopped here")).when(lifecycle).startAsync(anyLong());
    assertThatThrownBy(() -> applications.apply(application("Patient GmbH"))).isInstanceOf(IllegalStateException.class);
    long partnerId = orphanId("Patient GmbH");
    doThrow(new EngineUnavailable("UNAVAILABLE", null)).when(lifecycle).start(anyLong());
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep()).isZero();
    doAnswer(call -> instances.incrementAndGet()).when(lifecycle).start(anyLong());
    assertThat(orphans.sweep()).as("the claim holds until the grace passes again").isZero();
    clock.advance(GRACE.plusSeconds(1));
    assertThat(orphans.sweep()).isEqualTo(1);

    assertThat(partners.require(partnerId).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void anApplicationAnsweredWhileItsStartWasUnderWayAndThenRefusedGetsOneLifecycleFromTheSweep() {
    CompletableFuture<Long> underWay = new CompletableFuture<>();
    doReturn(underWay).when(lifecycle).startAsync(anyLong());
    ApplicationReceipt receipt = applications.apply(application("Handed Off GmbH"));
    assertThat(receipt.started()).isFalse();

    underWay.completeExceptionally(new EngineUnavailable("DEADLINE_EXCEEDED", null));
    assertThat(orphans.sweep()).as("within the grace").isZero();
    clock.advance(GRACE.plusSeconds(1));
    assertThat(orphans.sweep()).isEqualTo(1);
    assertThat(orphans.sweep()).isZero();

    verify(lifecycle, times(1)).start(receipt.partnerId());
    assertThat(partners.require(receipt.partnerId()).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void aStartedApplicationIsNeverSwept() {
    long partnerId = applications.apply(application("Healthy GmbH")).partnerId();
    clock.advance(GRACE.multipliedBy(5));

    assertThat(orphans.sweep()).isZero();
    verify(lifecycle, times(1)).startAsync(partnerId);
    verify(lifecycle, never()).start(partnerId);
  }

  private long orphanId(String companyName) {
    return partners.findAll().stream()
        .filter(p -> p.getCompanyName().equals(companyName))
        .mapToLong(p -> p.getId())
        .findFirst()
        .orElseThrow();
  }
}
