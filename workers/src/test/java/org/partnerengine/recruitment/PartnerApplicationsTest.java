package org.partnerengine.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.partnerengine.WorkerFixtures.application;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.lifecycle.LifecycleProcess;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long an applicant waits for the engine: a start taken in time is answered with its instance
 * key, a start still under way is answered without one and the partner kept, a start refused in
 * time leaves nothing, with the engine behind or slow an application does not wait, and past the
 * bound of waiting starts an application is refused before anything is stored. Each test has an
 * instance of its own: how fast the engine answered is part of its state.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({PartnerHistory.class, PartnerApplicationsTest.Settings.class})
class PartnerApplicationsTest {

  static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);
  static final int ENGINE_BEHIND_AT = 2;
  static final int MAX_PENDING = 4;

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }

    @Bean
    ApplicationSettings applicationSettings() {
      return new ApplicationSettings(ANSWER_WITHIN, ENGINE_BEHIND_AT, MAX_PENDING);
    }
  }

  @MockitoBean LifecycleProcess lifecycle;
  @MockitoSpyBean Partners partners;

  @Autowired PartnerEvents events;
  @Autowired PartnerHistory history;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired ApplicationSettings settings;

  PartnerApplications applications;

  /** Starts the engine has not answered yet, completed by the test. */
  private final List<CompletableFuture<Long>> underWay = new ArrayList<>();

  @BeforeEach
  void theEngineAnswersNothingUntilTold() {
    applications = new PartnerApplications(partners, events, history, lifecycle, transaction, clock, settings);
    when(lifecycle.startAsync(anyLong()))
        .thenAnswer(
            call -> {
              CompletableFuture<Long> start = new CompletableFuture<>();
              underWay.add(start);
              return start;
            });
  }

  @Test
  void aStartTakenInTimeIsAnsweredWithItsInstanceKeyAndBound() {
    when(lifecycle.startAsync(anyLong())).thenReturn(CompletableFuture.completedFuture(4711L));

    ApplicationReceipt receipt = applications.apply(application("Prompt GmbH"));

    assertThat(receipt.started()).isTrue();
    assertThat(receipt.processInstanceKey()).isEqualTo(4711L);
    assertThat(partners.require(receipt.partnerId()).getProcessInstanceKey()).isEqualTo(4711L);
  }

  @Test
  void aStartWhoseBindingLosesALockToTheFirstStepIsStillAnsweredWithItsKey() {
    when(lifecycle.startAsync(anyLong())).thenReturn(CompletableFuture.completedFuture(4712L));
    doThrow(new CannotAcquireLockException("Deadlock found when trying to get lock"))
        .when(partners)
        .attachProcessInstance(anyLong(), eq(4712L));

    ApplicationReceipt receipt = applications.apply(application("Contended GmbH"));

    assertThat(receipt.started()).isTrue();
    assertThat(receipt.processInstanceKey()).isEqualTo(4712L);
    assertThat(partners.findById(receipt.partnerId())).as("kept, for the first step to bind").isPresent();
  }

  @Test
  void aStartStillUnderWayIsAnsweredWithoutAKeyAndThePartnerIsKept() {
    ApplicationReceipt receipt = applications.apply(application("Patient GmbH"));

    assertThat(receipt.started()).isFalse();
    assertThat(receipt.processInstanceKey()).isNull();
    assertThat(partners.require(receipt.partnerId()).getProcessInstanceKey()).as("bound by the first step").isNull();
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(receipt.partnerId()))
        .extracting(event -> event.getType())
        .containsExactly("APPLICATION_RECEIVED");

    underWay.getFirst().completeExceptionally(new EngineUnavailable("DEADLINE_EXCEEDED", null));

    assertThat(partners.findById(receipt.partnerId())).as("accepted, so left for the orphan sweep").isPresent();
  }

  @Test
  void aStartRefusedInTimeLeavesNothingBehind() {
    long partnersBefore = partners.count();
    long eventsBefore = events.count();
    when(lifecycle.startAsync(anyLong()))
        .thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("RESOURCE_EXHAUSTED", null)));

    assertThatThrownBy(() -> applications.apply(application("Refused GmbH"))).isInstanceOf(EngineUnavailable.class);

    assertThat(partners.count()).isEqualTo(partnersBefore);
    assertThat(events.count()).isEqualTo(eventsBefore);
  }

  @Test
  void withTheEngineBehindAnApplicationDoesNotWaitForItsStart() {
    for (int i = 0; i < ENGINE_BEHIND_AT; i++) {
      applications.apply(application("Waiting " + i + " GmbH"));
    }
    when(lifecycle.startAsync(anyLong())).thenAnswer(call -> takenAfter(Duration.ofMillis(300), 31L));

    assertThat(applications.apply(application("Behind GmbH")).started())
        .as("answered at once, though its start is taken well within the answer time")
        .isFalse();

    underWay.forEach(start -> start.complete(3L));
    assertThat(keyOfFirstWaitingApplication("Caught Up", 31L))
        .as("the engine caught up: once its answers are prompt again, an application waits for its start")
        .contains(31L);
  }

  @Test
  void whileTheEngineAnswersSlowlyAnApplicationDoesNotWaitForItsStart() {
    // slower than half the answer time, with room to spare for a busy machine
    Duration slow = ANSWER_WITHIN.multipliedBy(7).dividedBy(10);
    when(lifecycle.startAsync(anyLong())).thenAnswer(call -> taken(slow, 51L));
    assertThat(applications.apply(application("Unhurried GmbH")).started())
        .as("taken within the answer time, though slowly")
        .isTrue();

    when(lifecycle.startAsync(anyLong())).thenAnswer(call -> taken(Duration.ofMillis(200), 52L));
    assertThat(applications.apply(application("Next GmbH")).started())
        .as("the engine took more than half the answer time: answered at once, though its start is taken in 200 ms")
        .isFalse();
    taken.getLast().join();

    assertThat(keyOfFirstWaitingApplication("Prompt Again", 52L))
        .as("after a few prompt answers an application waits for its start again")
        .contains(52L);
  }

  @Test
  void pastTheBoundOfWaitingStartsAnApplicationIsRefusedWithNothingStored() {
    for (int i = 0; i < MAX_PENDING; i++) {
      assertThat(applications.apply(application("Queued " + i + " GmbH")).started()).isFalse();
    }
    long partnersBefore = partners.count();
    long eventsBefore = events.count();

    assertThatThrownBy(() -> applications.apply(application("One Too Many GmbH")))
        .isInstanceOf(EngineUnavailable.class)
        .hasMessageContaining(MAX_PENDING + " lifecycle starts waiting");
    assertThat(partners.count()).isEqualTo(partnersBefore);
    assertThat(events.count()).isEqualTo(eventsBefore);

    underWay.getFirst().complete(1L);
    underWay.get(1).completeExceptionally(new EngineUnavailable("UNAVAILABLE", null));
    assertThat(applications.apply(application("Next In Line GmbH")).started())
        .as("an answered start, taken or not, frees its place")
        .isFalse();
    assertThat(applications.apply(application("After That GmbH")).started()).isFalse();
    underWay.forEach(start -> start.complete(2L));
  }

  /** Starts the engine takes after a delay, kept so a test can await them. */
  private final List<CompletableFuture<Long>> taken = new ArrayList<>();

  private CompletableFuture<Long> taken(Duration delay, long key) {
    CompletableFuture<Long> start = takenAfter(delay, key);
    taken.add(start);
    return start;
  }

  /**
   * Applies until an application waits for its start and is answered with its key, each start
   * taken promptly and awaited before the next application: the instance key it was answered
   * with, empty if none of eight did.
   */
  private Optional<Long> keyOfFirstWaitingApplication(String name, long key) {
    when(lifecycle.startAsync(anyLong())).thenAnswer(call -> taken(Duration.ofMillis(50), key));
    for (int i = 0; i < 8; i++) {
      ApplicationReceipt receipt = applications.apply(application(name + " " + i + " GmbH"));
      if (receipt.started()) {
        return Optional.of(receipt.processInstanceKey());
      }
      taken.getLast().join();
    }
    return Optional.empty();
  }

  private static CompletableFuture<Long> takenAfter(Duration delay, long key) {
    return CompletableFuture.supplyAsync(() -> key, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
  }
}
