package org.partnerengine.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.exception.BpmnError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.money.FxQuote;
import org.partnerengine.money.FxRateMissing;
import org.partnerengine.money.FxRates;
import org.partnerengine.money.MoneyFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.PartnerNotActive;
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
 * The deal workers and the registration service on a real database, committing real
 * transactions: the conflict check is only worth something if it holds under concurrency.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({AcceptedStarts.class, DealRegistrations.class, DealWorkers.class, PartnerHistory.class, OffboardedPartnerDeals.class, DealProgrammeAmounts.class, MoneyFixtures.class, DealWorkersTest.Settings.class})
class DealWorkersTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final int MAX_OPEN = 3;

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    DealSettings dealSettings() {
      // Deals register at 50 000: a vouched win up to 100 000 counts at once, above 80 000 it is big.
      return new DealSettings(
          Duration.ofDays(90), Duration.ofDays(30), List.of("www.BigCorp.com"), new BigDecimal("80000"), MAX_OPEN, new BigDecimal("2"));
    }
  }

  @MockitoBean DealProcess process;
  @MockitoBean PartnerMessages messages;

  @Autowired DealRegistrations registrations;
  @Autowired DealWorkers workers;
  @Autowired Deals deals;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired OffboardedPartnerDeals offboarding;
  @Autowired FxRates rates;
  @Autowired DealProgrammeAmounts programmeAmounts;
  @Autowired JdbcTemplate jdbc;

  private final AtomicLong instances = new AtomicLong(1000);

  @BeforeEach
  void engineStartsInstances() {
    when(process.startAsync(anyLong(), anyLong())).thenAnswer(call -> CompletableFuture.completedFuture(instances.incrementAndGet()));
    when(messages.publish(anyString(), anyString(), anyString(), any())).thenReturn(true);
  }

  @AfterEach
  void forgetRates() {
    jdbc.update("delete from fx_rate");
  }

  @Test
  void aPartnerThatIsNotActiveYetCannotRegisterADeal() {
    long recruit =
        partners.saveAndFlush(new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, NOW)).getId();
    long before = deals.count();

    assertThatThrownBy(() -> register(recruit, "early.example")).isInstanceOf(PartnerNotActive.class);
    assertThat(deals.count()).isEqualTo(before);
  }

  @Test
  void aDealWithoutConflictIsApprovedAndProtectedForTheWindow() {
    long dealId = register(newPartner(), "https://www.Shop-One.example/");

    workers.checkConflict(dealId, 0);
    DealWorkers.Protection protection = workers.approve(dealId, "P90D");

    Deal deal = deals.require(dealId);
    assertThat(deal.getCustomerDomain()).isEqualTo("shop-one.example");
    assertThat(deal.getStatus()).isEqualTo(DealStatus.APPROVED);
    assertThat(deal.getProtectedUntil()).isEqualTo(NOW.plus(Duration.ofDays(90)));
    assertThat(protection.protectedUntil()).isEqualTo("2026-05-30T10:00:00Z");
    assertThat(deals.customerHolder("shop-one.example")).contains(dealId);
  }

  @Test
  void aDirectSalesCustomerIsAConflict() {
    long dealId = register(newPartner(), "bigcorp.com");

    assertThatThrownBy(() -> workers.checkConflict(dealId, 0))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("DEAL_CONFLICT"));
  }

  @Test
  void twoPartnersRegisteringTheSameCustomerAtOnceGetExactlyOneConflict() throws Exception {
    for (int round = 0; round < 5; round++) {
      String domain = "race-" + round + ".example";
      long first = newPartner();
      long second = newPartner();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        Future<Long> a = threads.submit(() -> { start.await(); return register(first, domain); });
        Future<Long> b = threads.submit(() -> { start.await(); return register(second, domain); });
        start.countDown();
        List<Long> dealIds = List.of(a.get(), b.get());

        int conflicts = 0;
        for (long dealId : dealIds) {
          try {
            workers.checkConflict(dealId, 0);
          } catch (BpmnError e) {
            conflicts++;
          }
        }
        assertThat(conflicts).as("conflicts for %s", domain).isEqualTo(1);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void approvingAConflictedDealRejectsTheHolderWithTheReasonAndHandsTheCustomerOver() {
    long holder = register(newPartner(), "contested.example");
    workers.checkConflict(holder, 0);
    workers.approve(holder, "P90D");
    long challenger = register(newPartner(), "contested.example");
    assertThatThrownBy(() -> workers.checkConflict(challenger, 0)).isInstanceOf(BpmnError.class);
    assertThat(deals.require(challenger).getConflictingDealId()).isEqualTo(holder);

    workers.resolveConflict(challenger, true, "the customer asked for this partner");
    workers.resolveConflict(challenger, true, "the customer asked for this partner");
    workers.approve(challenger, "P90D");

    assertThat(deals.require(holder).getStatus()).isEqualTo(DealStatus.REJECTED);
    assertThat(deals.require(holder).getReason()).contains("the customer asked for this partner");
    assertThat(deals.require(challenger).getStatus()).isEqualTo(DealStatus.APPROVED);
    assertThat(deals.customerHolder("contested.example")).contains(challenger);
    verify(messages, times(1)).publish(eq("deal-rejected"), eq(String.valueOf(holder)), eq("deal-rejected:" + holder), any());
  }

  @Test
  void rejectingAConflictedDealKeepsTheHolder() {
    long holder = register(newPartner(), "kept.example");
    long challenger = register(newPartner(), "kept.example");

    workers.resolveConflict(challenger, false, "registered later");

    assertThat(deals.require(challenger).getStatus()).isEqualTo(DealStatus.REJECTED);
    assertThat(deals.require(challenger).getReason()).isEqualTo("registered later");
    assertThat(deals.customerHolder("kept.example")).contains(holder);
  }

  @Test
  void theProtectionIsExtendedOnceHoweverOftenTheExtensionIsApplied() {
    long dealId = approvedDeal("extended.example");

    workers.extendProtection(dealId, "P30D");
    DealWorkers.Protection again = workers.extendProtection(dealId, "P30D");

    assertThat(again.protectionExtended()).isTrue();
    assertThat(deals.require(dealId).getProtectedUntil()).isEqualTo(NOW.plus(Duration.ofDays(120)));
  }

  @Test
  void aRefusedExtensionDeliveredTwiceIsRecordedOnce() {
    long dealId = approvedDeal("refused.example");
    long partnerId = deals.require(dealId).getPartnerId();

    workers.refuseExtension(dealId, 77L);
    workers.refuseExtension(dealId, 77L);

    assertThat(events.countByPartnerIdAndType(partnerId, "DEAL_EXTENSION_REFUSED")).isEqualTo(1);
  }

  @Test
  void offboardingRejectsTheOpenDealsFreesTheirCustomersAndEndsTheirProcesses() {
    long dealId = approvedDeal("offboarded.example");
    long partnerId = deals.require(dealId).getPartnerId();

    offboarding.releaseProtectedDeals(partnerId, "terminated");
    offboarding.releaseProtectedDeals(partnerId, "terminated");
    long next = register(newPartner(), "offboarded.example");
    workers.checkConflict(next, 0);

    assertThat(deals.require(dealId).getStatus()).isEqualTo(DealStatus.REJECTED);
    assertThat(deals.require(dealId).getReason()).isEqualTo("Partner offboarded: terminated");
    assertThat(deals.customerHolder("offboarded.example")).contains(next);
    verify(messages, atLeastOnce())
        .publish(eq("deal-rejected"), eq(String.valueOf(dealId)), eq("deal-rejected:" + dealId), any());
  }

  @Test
  void anExpiredProtectionReleasesTheCustomerForTheNextPartner() {
    long dealId = approvedDeal("released.example");

    workers.expireProtection(dealId);
    workers.expireProtection(dealId);
    long next = register(newPartner(), "released.example");
    workers.checkConflict(next, 0);

    assertThat(deals.require(dealId).getStatus()).isEqualTo(DealStatus.EXPIRED);
    assertThat(deals.customerHolder("released.example")).contains(next);
  }

  @Test
  void aBigWinTheCrmReportsDeliveredTwiceCountsOnceAndAsksForOneTierReview() {
    long dealId = approvedDeal("big.example");
    long partnerId = deals.require(dealId).getPartnerId();

    DealWorkers.OutcomeRecorded first = workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("90000"), OutcomeReporter.CRM);
    DealWorkers.OutcomeRecorded again = workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("90000"), OutcomeReporter.CRM);

    Deal deal = deals.require(dealId);
    assertThat(first.wonNeedsVerification()).isFalse();
    assertThat(again).isEqualTo(first);
    assertThat(deal.getStatus()).isEqualTo(DealStatus.WON);
    assertThat(deal.getOutcomeAmount()).isEqualByComparingTo("90000");
    assertThat(deal.getOutcomeReporter()).isEqualTo(OutcomeReporter.CRM);
    assertThat(deal.getWonVerifiedAt()).isEqualTo(NOW);
    assertThat(deals.customerHolder("big.example")).isEmpty();
    verify(messages, times(1))
        .publish(
            "tier-review-requested",
            String.valueOf(partnerId),
            "tier-review:" + partnerId + ":deal:" + dealId,
            Map.of("partnerId", partnerId, "trigger", "BIG_DEAL_WON"));
  }

  @Test
  void aWinThePartnerReportsWaitsForTheChannelAndCountsOnceConfirmed() {
    long dealId = approvedDeal("claimed.example");
    long partnerId = deals.require(dealId).getPartnerId();

    DealWorkers.OutcomeRecorded recorded = workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("90000"), OutcomeReporter.PARTNER);
    assertThat(workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("90000"), OutcomeReporter.PARTNER)).isEqualTo(recorded);

    assertThat(recorded.wonNeedsVerification()).isTrue();
    assertThat(deals.require(dealId).getStatus()).isEqualTo(DealStatus.WON_UNVERIFIED);
    assertThat(deals.require(dealId).getWonVerifiedAt()).isNull();
    verify(messages, never()).publish(eq("tier-review-requested"), anyString(), anyString(), any());

    workers.applyWonVerification(dealId, true, "matches the invoice", new BigDecimal("85000"));
    workers.applyWonVerification(dealId, true, "matches the invoice", new BigDecimal("85000"));

    Deal deal = deals.require(dealId);
    assertThat(deal.getStatus()).isEqualTo(DealStatus.WON);
    assertThat(deal.getOutcomeAmount()).isEqualByComparingTo("85000");
    assertThat(deal.getWonVerifiedAt()).isEqualTo(NOW);
    assertThat(events.countByPartnerIdAndType(partnerId, "DEAL_WON_CONFIRMED")).isEqualTo(1);
    verify(messages, times(1)).publish(eq("tier-review-requested"), anyString(), eq("tier-review:" + partnerId + ":deal:" + dealId), any());
  }

  @Test
  void aWinFarAboveItsRegistrationWaitsForTheChannelEvenFromAManagerAndIsLostWhenNotConfirmed() {
    long dealId = approvedDeal("inflated.example");
    long partnerId = deals.require(dealId).getPartnerId();

    DealWorkers.OutcomeRecorded recorded =
        workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("1000000000000"), OutcomeReporter.MANAGER);
    workers.applyWonVerification(dealId, false, " no such order ", null);
    workers.applyWonVerification(dealId, false, " no such order ", null);

    Deal deal = deals.require(dealId);
    assertThat(recorded.wonNeedsVerification()).isTrue();
    assertThat(deal.getStatus()).isEqualTo(DealStatus.LOST);
    assertThat(deal.getReason()).isEqualTo("Win not confirmed: no such order");
    assertThat(deal.getWonVerifiedAt()).isNull();
    assertThat(events.countByPartnerIdAndType(partnerId, "DEAL_WON_NOT_CONFIRMED")).isEqualTo(1);
    verify(messages, never()).publish(eq("tier-review-requested"), anyString(), anyString(), any());
  }

  @Test
  void aWinFromAnInstanceWithoutAReporterWaitsForTheChannel() {
    long dealId = approvedDeal("older-instance.example");

    assertThat(workers.recordOutcome(dealId, DealOutcome.WON, null, null).wonNeedsVerification()).isTrue();
    assertThat(deals.require(dealId).getStatus()).isEqualTo(DealStatus.WON_UNVERIFIED);
  }

  @Test
  void aLostOrSmallDealAsksForNoTierReview() {
    long lost = approvedDeal("lost.example");
    long small = approvedDeal("small.example");

    workers.recordOutcome(lost, DealOutcome.LOST, null, OutcomeReporter.PARTNER);
    workers.recordOutcome(small, DealOutcome.WON, null, OutcomeReporter.CRM);

    assertThat(deals.require(lost).getStatus()).isEqualTo(DealStatus.LOST);
    assertThat(deals.require(small).getStatus()).isEqualTo(DealStatus.WON);
    assertThat(deals.require(small).getOutcomeAmount()).isEqualByComparingTo("50000");
    verify(messages, never()).publish(eq("tier-review-requested"), anyString(), anyString(), any());
  }

  @Test
  void theOutcomeReportTravelsWithItsReporterAndIsRecordedOnceWithTheActor() {
    long dealId = approvedDeal("reported.example");
    long partnerId = deals.require(dealId).getPartnerId();

    registrations.reportOutcome(dealId, DealOutcome.WON, new BigDecimal("1000000000000"), OutcomeReporter.PARTNER, "ada@acme.de");
    registrations.reportOutcome(dealId, DealOutcome.LOST, null, OutcomeReporter.CRM, "crm");

    verify(messages, times(1))
        .publish(
            "deal-outcome",
            String.valueOf(dealId),
            "deal-outcome:" + dealId,
            Map.of("outcome", "WON", "outcomeReporter", "PARTNER", "amount", new BigDecimal("1000000000000")));
    assertThat(events.countByPartnerIdAndType(partnerId, "DEAL_OUTCOME_REPORTED")).isEqualTo(1);
  }

  @Test
  void aPartnerHoldingTheMostOpenRegistrationsCannotRegisterAnotherUntilOneCloses() {
    long partnerId = newPartner();
    List<Long> open = new java.util.ArrayList<>();
    for (int i = 0; i < MAX_OPEN; i++) {
      open.add(register(partnerId, "capped-" + i + ".example"));
    }

    assertThatThrownBy(() -> register(partnerId, "one-too-many.example")).isInstanceOf(TooManyOpenDeals.class);
    assertThat(deals.findByPartnerIdOrderByIdDesc(partnerId, Pageable.unpaged())).hasSize(MAX_OPEN);
    assertThat(deals.customerHolder("one-too-many.example")).isEmpty();

    workers.checkConflict(open.get(0), 0);
    workers.approve(open.get(0), "P90D");
    workers.recordOutcome(open.get(0), DealOutcome.LOST, null, OutcomeReporter.PARTNER);
    assertThat(register(partnerId, "one-too-many.example")).isPositive();
  }

  @Test
  void aRegistrationTheEngineDoesNotTakeLeavesNoDealAndNoClaimBehind() {
    long partnerId = newPartner();
    when(process.startAsync(anyLong(), eq(partnerId))).thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("engine down", null)));

    assertThatThrownBy(() -> register(partnerId, "unlucky.example")).isInstanceOf(EngineUnavailable.class);

    assertThat(deals.findByPartnerIdOrderByIdDesc(partnerId, Pageable.unpaged())).isEmpty();
    assertThat(deals.customerHolder("unlucky.example")).isEmpty();
  }

  @Test
  void aDollarWinKeepsItsEuroAmountAtTheCloseDateRateAndALaterRateChangesNothing() {
    usdPerEuro("2026-02-27", "1.25");
    long dealId = approvedDeal("dollars.example", "USD");

    workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("10000.00"), OutcomeReporter.CRM);
    usdPerEuro("2026-03-01", "2.00");
    workers.recordOutcome(dealId, DealOutcome.WON, new BigDecimal("10000.00"), OutcomeReporter.CRM);
    programmeAmounts.backfill();

    Deal deal = deals.require(dealId);
    assertThat(deal.getClosedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(deal.getProgrammeAmount()).isEqualByComparingTo("8000.00");
    assertThat(deal.getProgrammeCurrency()).isEqualTo("EUR");
    assertThat(deal.getFxRate()).isEqualByComparingTo("0.8");
    assertThat(deal.getFxRateDate()).isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void aConfirmedWinIsConvertedAtTheConfirmedAmountAndAnUnconfirmedOneNever() {
    usdPerEuro("2026-02-27", "1.25");
    long confirmed = approvedDeal("confirmed-dollars.example", "USD");
    long waiting = approvedDeal("waiting-dollars.example", "USD");

    workers.recordOutcome(confirmed, DealOutcome.WON, new BigDecimal("90000"), OutcomeReporter.PARTNER);
    workers.recordOutcome(waiting, DealOutcome.WON, new BigDecimal("90000"), OutcomeReporter.PARTNER);
    workers.applyWonVerification(confirmed, true, "invoice", new BigDecimal("60000"));

    assertThat(deals.require(confirmed).getProgrammeAmount()).isEqualByComparingTo("48000.00");
    assertThat(deals.require(waiting).getProgrammeAmount()).isNull();
  }

  @Test
  void aWinInTheProgrammeCurrencyNeedsNoRate() {
    long dealId = approvedDeal("euros.example");

    workers.recordOutcome(dealId, DealOutcome.WON, null, OutcomeReporter.CRM);

    assertThat(deals.require(dealId).getProgrammeAmount()).isEqualByComparingTo("50000.00");
    assertThat(deals.require(dealId).getFxRate()).isEqualByComparingTo("1");
  }

  @Test
  void aWinWithoutARateOfItsCloseDateFailsTheJobNamingCurrencyAndDate() {
    usdPerEuro("2026-03-02", "1.25"); // only after the close
    long dealId = approvedDeal("too-early.example", "USD");

    assertThatThrownBy(() -> workers.recordOutcome(dealId, DealOutcome.WON, null, OutcomeReporter.CRM))
        .isInstanceOf(FxRateMissing.class)
        .hasMessageContaining("USD into EUR on or before 2026-03-01");
    assertThat(deals.require(dealId).getStatus()).isEqualTo(DealStatus.APPROVED); // rolled back: retried later
  }

  @Test
  void winsRecordedBeforeConversionAreBookedAtTheirCloseDateOnceTheRateIsThere() {
    long euros = approvedDeal("old-euros.example");
    long dollars = approvedDeal("old-dollars.example", "USD");
    usdPerEuro("2026-01-02", "1.25");
    workers.recordOutcome(euros, DealOutcome.WON, null, OutcomeReporter.CRM);
    workers.recordOutcome(dollars, DealOutcome.WON, null, OutcomeReporter.CRM);
    deals.flush();
    // as V191 leaves them: closed, with no programme amount yet
    jdbc.update("update deal set programme_amount = null, programme_currency = null, fx_rate = null, fx_rate_date = null,"
        + " closed_on = '2026-01-15' where id in (?, ?)", euros, dollars);
    jdbc.update("delete from fx_rate");

    assertThat(programmeAmounts.backfill()).isEqualTo(1);
    usdPerEuro("2026-01-14", "2.00");
    usdPerEuro("2026-01-16", "4.00");
    assertThat(programmeAmounts.backfill()).isZero();

    assertThat(deals.require(euros).getProgrammeAmount()).isEqualByComparingTo("50000.00");
    assertThat(deals.require(dollars).getProgrammeAmount()).isEqualByComparingTo("25000.00");
    assertThat(deals.require(dollars).getFxRateDate()).isEqualTo(LocalDate.of(2026, 1, 14));
  }

  private void usdPerEuro(String date, String rate) {
    rates.store(List.of(new FxQuote(LocalDate.parse(date), "EUR", "USD", new BigDecimal(rate))));
  }

  private long approvedDeal(String domain, String currency) {
    long dealId =
        registrations
            .register(newPartner(), new DealRegistration("Customer", domain, new BigDecimal("50000"), currency, LocalDate.of(2026, 6, 30)))
            .dealId();
    workers.checkConflict(dealId, 0);
    workers.approve(dealId, "P90D");
    return dealId;
  }

  private long approvedDeal(String domain) {
    long dealId = register(newPartner(), domain);
    workers.checkConflict(dealId, 0);
    workers.approve(dealId, "P90D");
    return dealId;
  }

  private long register(long partnerId, String domain) {
    return registrations
        .register(partnerId, new DealRegistration("Customer", domain, new BigDecimal("50000"), null, LocalDate.of(2026, 6, 30)))
        .dealId();
  }

  private long newPartner() {
    return partners
        .saveAndFlush(active(new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, NOW), NOW))
        .getId();
  }

  /** Walks a new partner through the lifecycle to ACTIVE, as the processes would. */
  private static Partner active(Partner partner, Instant at) {
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, at);
    }
    return partner;
  }

}
