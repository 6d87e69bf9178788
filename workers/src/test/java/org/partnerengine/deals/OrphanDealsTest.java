package org.partnerengine.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.money.MoneyFixtures;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal is stored before its process starts. Refused by the engine, nothing stays; not answered in
 * time (the engine may have taken it), the deal stays and gets exactly one process: bound by the
 * late answer or by the process's first step, or started by the sweep once the grace has passed.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({
  DealRegistrations.class,
  DealWorkers.class,
  OrphanDeals.class,
  PartnerHistory.class,
  OffboardedPartnerDeals.class,
  MoneyFixtures.class,
  OrphanDealsTest.Settings.class
})
class OrphanDealsTest {

  static final Duration GRACE = Duration.ofMinutes(2);

  /** A clock the test moves; it starts long before other tests' deals, so the sweep finds only these. */
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
    DealSettings dealSettings() {
      return new DealSettings(Duration.ofDays(90), Duration.ofDays(30), List.of(), new BigDecimal("80000"), 100, new BigDecimal("2"));
    }
  }

  @MockitoBean DealProcess process;
  @MockitoBean PartnerMessages messages;

  @Autowired DealRegistrations registrations;
  @Autowired DealWorkers workers;
  @Autowired OrphanDeals orphans;
  @Autowired Deals deals;
  @Autowired Partners partners;
  @Autowired MovableClock clock;

  private final AtomicLong instances = new AtomicLong(70_000);

  @BeforeEach
  void noOrphansLeftByEarlierTests() {
    when(process.start(anyLong(), anyLong())).thenAnswer(call -> instances.incrementAndGet());
    when(messages.publish(anyString(), anyString(), anyString(), any())).thenReturn(true);
    clock.advance(GRACE.multipliedBy(10));
    orphans.sweep(GRACE);
  }

  @Test
  void aRegistrationTheEngineRefusesLeavesNothingForTheSweepToStart() {
    long partnerId = activePartner();
    when(process.startAsync(anyLong(), eq(partnerId)))
        .thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("RESOURCE_EXHAUSTED", null)));

    assertThatThrownBy(() -> register(partnerId, "refused.example")).isInstanceOf(EngineUnavailable.class);
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(deals.findByPartnerIdOrderByIdDesc(partnerId, Pageable.unpaged())).isEmpty();
    assertThat(deals.customerHolder("refused.example")).isEmpty();
  }

  @Test
  void aRegistrationWhoseStartIsNotAnsweredInTimeIsKeptAndStartedExactlyOnceAfterTheGrace() {
    long partnerId = activePartner();
    when(process.startAsync(anyLong(), eq(partnerId))).thenReturn(new CompletableFuture<>());

    DealReceipt receipt = register(partnerId, "slow.example");

    assertThat(receipt.processInstanceKey()).as("the start is under way").isNull();
    assertThat(receipt.status()).isEqualTo(DealStatus.REGISTERED);
    assertThat(deals.customerHolder("slow.example")).contains(receipt.dealId());
    assertThat(orphans.sweep(GRACE)).as("within the grace the start may still be taken").isZero();
    clock.advance(GRACE.plusSeconds(1));
    assertThat(orphans.sweep(GRACE)).isEqualTo(1);
    assertThat(orphans.sweep(GRACE)).isZero();
    clock.advance(GRACE.multipliedBy(3));
    assertThat(orphans.sweep(GRACE)).isZero();

    verify(process, times(1)).start(receipt.dealId(), partnerId);
    assertThat(deals.require(receipt.dealId()).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void aStartTheEngineDidNotAnswerAtAllKeepsTheDeal() {
    long partnerId = activePartner();
    when(process.startAsync(anyLong(), eq(partnerId)))
        .thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("DEADLINE_EXCEEDED", null, true)));

    DealReceipt receipt = register(partnerId, "silent.example");

    assertThat(receipt.processInstanceKey()).isNull();
    assertThat(deals.findById(receipt.dealId())).isPresent();
  }

  @Test
  void aStartAnsweredAfterTheRegistrationBindsItsInstanceAndIsNotStartedAgain() {
    long partnerId = activePartner();
    CompletableFuture<Long> late = new CompletableFuture<>();
    when(process.startAsync(anyLong(), eq(partnerId))).thenReturn(late);

    DealReceipt receipt = register(partnerId, "late.example");
    late.complete(70_500L);
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(deals.require(receipt.dealId()).getProcessInstanceKey()).isEqualTo(70_500L);
    verify(process, never()).start(anyLong(), eq(partnerId));
  }

  @Test
  void aStartWhoseAnswerWasLostIsBoundByTheProcessFirstStepAndNotStartedAgain() {
    long partnerId = activePartner();
    when(process.startAsync(anyLong(), eq(partnerId))).thenReturn(new CompletableFuture<>());

    DealReceipt receipt = register(partnerId, "lost-answer.example");
    workers.checkConflict(receipt.dealId(), 70_600L);
    clock.advance(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(deals.require(receipt.dealId()).getProcessInstanceKey()).isEqualTo(70_600L);
    verify(process, never()).start(anyLong(), eq(partnerId));
  }

  private DealReceipt register(long partnerId, String domain) {
    return registrations.register(
        partnerId, new DealRegistration("Customer", domain, new BigDecimal("50000"), null, LocalDate.of(2001, 6, 30)));
  }

  private long activePartner() {
    Partner partner = new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, clock.instant());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, clock.instant());
    }
    return partners.saveAndFlush(partner).getId();
  }
}
