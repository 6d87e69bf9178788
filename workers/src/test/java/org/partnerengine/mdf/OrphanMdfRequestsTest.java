package org.partnerengine.mdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.region.CountryRegions;
import org.partnerengine.DatabaseTest;
import org.partnerengine.money.MoneyFixtures;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.partnerengine.tasks.UserTaskOpened;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An MDF request is stored before its process starts. Refused by the engine, nothing stays; not
 * answered in time, the request stays and gets exactly one process: bound by the late answer or
 * when its first task reaches the inbox, or started by the sweep once the grace has passed.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({MdfRequests.class, CountryRegions.class, MdfInstances.class, OrphanMdfRequests.class, MoneyFixtures.class, OrphanMdfRequestsTest.Settings.class})
class OrphanMdfRequestsTest {

  static final Duration GRACE = Duration.ofMinutes(2);

  /** A clock the test moves; it starts long before other tests' requests, so the sweep finds only these. */
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
    AcceptedStarts acceptedStarts() {
      return new AcceptedStarts(Duration.ofMillis(50));
    }

    @Bean
    MdfSettings mdfSettings() {
      return new MdfSettings(Duration.ofDays(120), Map.of("SILVER", new BigDecimal("10000")));
    }
  }

  @MockitoBean MdfProcess process;
  @MockitoBean PartnerMessages messages;

  @Autowired MdfRequests service;
  @Autowired OrphanMdfRequests orphans;
  @Autowired MdfRequestRepository requests;
  @Autowired Partners partners;
  @Autowired MovableClock clock;
  @Autowired ApplicationEventPublisher events;

  private final AtomicLong instances = new AtomicLong(80_000);

  @BeforeEach
  void noOrphansLeftByEarlierTests() {
    when(process.start(any())).thenAnswer(call -> instances.incrementAndGet());
    clock.advance(GRACE.multipliedBy(10));
    orphans.sweep(GRACE);
  }

  @Test
  void aRequestTheEngineRefusesLeavesNothingForTheSweepToStart() {
    long partnerId = activePartner();
    when(process.startAsync(of(partnerId))).thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("RESOURCE_EXHAUSTED", null)));

    assertThatThrownBy(() -> request(partnerId)).isInstanceOf(EngineUnavailable.class);
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(requests.findByPartnerIdOrderByIdDesc(partnerId, org.springframework.data.domain.Pageable.unpaged())).isEmpty();
  }

  @Test
  void aRequestWhoseStartIsNotAnsweredInTimeIsKeptAndStartedExactlyOnceAfterTheGrace() {
    long partnerId = activePartner();
    when(process.startAsync(of(partnerId))).thenReturn(new CompletableFuture<>());

    MdfReceipt receipt = request(partnerId);

    assertThat(receipt.processInstanceKey()).as("the start is under way").isNull();
    assertThat(receipt.status()).isEqualTo(MdfStatus.REQUESTED);
    assertThat(orphans.sweep(GRACE)).as("within the grace the start may still be taken").isZero();
    clock.advance(GRACE.plusSeconds(1));
    assertThat(orphans.sweep(GRACE)).isEqualTo(1);
    assertThat(orphans.sweep(GRACE)).isZero();
    clock.advance(GRACE.multipliedBy(3));
    assertThat(orphans.sweep(GRACE)).isZero();

    verify(process, times(1)).start(of(partnerId));
    assertThat(requests.require(receipt.mdfRequestId()).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void aStartTheEngineDidNotAnswerAtAllKeepsTheRequest() {
    long partnerId = activePartner();
    when(process.startAsync(of(partnerId)))
        .thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("DEADLINE_EXCEEDED", null, true)));

    MdfReceipt receipt = request(partnerId);

    assertThat(receipt.processInstanceKey()).isNull();
    assertThat(requests.findById(receipt.mdfRequestId())).isPresent();
  }

  @Test
  void aStartAnsweredAfterTheRequestBindsItsInstanceAndIsNotStartedAgain() {
    long partnerId = activePartner();
    CompletableFuture<Long> late = new CompletableFuture<>();
    when(process.startAsync(of(partnerId))).thenReturn(late);

    MdfReceipt receipt = request(partnerId);
    late.complete(80_500L);
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(requests.require(receipt.mdfRequestId()).getProcessInstanceKey()).isEqualTo(80_500L);
    verify(process, never()).start(of(partnerId));
  }

  @Test
  void aStartWhoseAnswerWasLostIsBoundByItsFirstTaskAndNotStartedAgain() {
    long partnerId = activePartner();
    when(process.startAsync(of(partnerId))).thenReturn(new CompletableFuture<>());

    MdfReceipt receipt = request(partnerId);
    events.publishEvent(new UserTaskOpened(MdfProcess.BPMN_PROCESS_ID, 80_600L, Map.of("mdfRequestId", receipt.mdfRequestId())));
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(requests.require(receipt.mdfRequestId()).getProcessInstanceKey()).isEqualTo(80_600L);
    verify(process, never()).start(of(partnerId));
  }

  /** Another process's task does not bind the request, even with a variable of that name. */
  @Test
  void aTaskOfAnotherProcessDoesNotBindTheRequest() {
    long partnerId = activePartner();
    when(process.startAsync(of(partnerId))).thenReturn(new CompletableFuture<>());

    MdfReceipt receipt = request(partnerId);
    events.publishEvent(new UserTaskOpened("deal-registration", 80_700L, Map.of("mdfRequestId", receipt.mdfRequestId())));

    assertThat(requests.require(receipt.mdfRequestId()).getProcessInstanceKey()).isNull();
  }

  private static MdfRequest of(long partnerId) {
    return argThat(request -> request != null && request.getPartnerId() == partnerId);
  }

  private MdfReceipt request(long partnerId) {
    return service.request(partnerId, new MdfRequestForm("Webinar", new BigDecimal("500"), LocalDate.of(2001, 6, 30)));
  }

  private long activePartner() {
    Partner partner = new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, clock.instant());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, clock.instant());
    }
    return partners.saveAndFlush(partner).getId();
  }
}
