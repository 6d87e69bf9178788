package org.partnerengine.mdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
import java.util.ArrayList;
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
import org.partnerengine.region.CountryRegions;
import org.partnerengine.region.Regions;
import org.partnerengine.DatabaseTest;
import org.partnerengine.money.FxQuote;
import org.partnerengine.money.FxRates;
import org.partnerengine.money.MoneyFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MDF workers and request service on a real database, committing real transactions. Each
 * test plans its activities in a year of its own, so each draws on a budget of its own.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({AcceptedStarts.class, MdfRequests.class, CountryRegions.class, MdfFunds.class, MdfWorkers.class, OffboardedPartnerReservations.class, MdfProgrammeAmounts.class, MoneyFixtures.class, MdfWorkersTest.Settings.class})
class MdfWorkersTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    MdfSettings mdfSettings() {
      return new MdfSettings(Duration.ofDays(120), Map.of("SILVER", new BigDecimal("10000"), "GOLD", new BigDecimal("50000")),
          Map.of("NORDICS_MDF", Map.of("SILVER", new BigDecimal("3000"))));
    }
  }

  @MockitoBean MdfProcess process;
  @MockitoBean PartnerMessages messages;

  @Autowired MdfRequests service;
  @Autowired MdfWorkers workers;
  @Autowired MdfRequestRepository requests;
  @Autowired MdfBudgets budgets;
  @Autowired Regions regions;
  @Autowired MdfPayouts payouts;
  @Autowired MdfClaims claims;
  @Autowired Partners partners;
  @Autowired OffboardedPartnerReservations offboarding;
  @Autowired FxRates rates;
  @Autowired MdfProgrammeAmounts programmeAmounts;
  @Autowired JdbcTemplate jdbc;

  private final AtomicLong instances = new AtomicLong(5000);

  @BeforeEach
  void engineTakesWork() {
    when(process.startAsync(any())).thenAnswer(call -> CompletableFuture.completedFuture(instances.incrementAndGet()));
    when(messages.publish(anyString(), anyString(), anyString(), any())).thenReturn(true);
  }

  @AfterEach
  void forgetRates() {
    jdbc.update("delete from fx_rate");
  }

  @Test
  void requestsInEurosAndDollarsAtOnceNeverOverdrawTheEuroBudget() throws Exception {
    usdPerEuro("2026-02-27", "1.25");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(request("SILVER", "1500", 2040, "EUR"));
      ids.add(request("SILVER", "1875", 2040, "USD")); // 1500 EUR at the request date's rate
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(20);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (long id : ids) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  try {
                    workers.reserve(id);
                    return true;
                  } catch (BpmnError e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int reserved = 0;
      for (Future<Boolean> result : results) {
        reserved += result.get() ? 1 : 0;
      }

      assertThat(reserved).isEqualTo(6);
      assertThat(remaining("SILVER", "2040-Q2")).isEqualByComparingTo("1000.00");
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDollarRequestDrawsItsEuroAmountAndTheBudgetExceededReasonSaysSo() {
    usdPerEuro("2026-02-27", "1.25");
    long euros = request("SILVER", "6000", 2041, null);
    long dollars = request("SILVER", "5000", 2041, "USD");
    long oneMore = request("SILVER", "1.25", 2041, "USD");

    workers.reserve(euros);
    workers.reserve(dollars);

    assertThat(requests.require(euros).getCurrency()).isEqualTo("EUR");
    assertThat(requests.require(dollars).getProgrammeAmount()).isEqualByComparingTo("4000.00");
    assertThat(requests.require(dollars).getFxRateDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(requests.require(dollars).getReservedAmount()).isEqualByComparingTo("5000"); // in dollars, for the claim
    assertThat(remaining("SILVER", "2041-Q2")).isEqualByComparingTo("0.00");
    assertThatThrownBy(() -> workers.reserve(oneMore))
        .isInstanceOfSatisfying(BpmnError.class, e -> {
          assertThat(e.getErrorCode()).isEqualTo("BUDGET_EXCEEDED");
          assertThat(e.getErrorMessage()).contains("less than 1.00 EUR left");
        });
  }

  @Test
  void aDollarPayoutGivesTheRestBackAtTheRequestsRateWhateverTheRateIsThen() {
    usdPerEuro("2026-02-27", "1.25");
    long requestId = reservedRequest("GOLD", "3000", 2042, "USD"); // 2400 EUR drawn
    usdPerEuro("2026-03-01", "2.00");
    service.claim(requestId, new MdfClaimSubmission("https://acme.de/webinar-report", new BigDecimal("2500")));

    workers.recordPayout(requestId, new BigDecimal("2500"));

    MdfPayout payout = payouts.findByMdfRequestId(requestId).orElseThrow();
    assertThat(payout.getAmount()).isEqualByComparingTo("2500");
    assertThat(payout.getProgrammeAmount()).isEqualByComparingTo("2000.00");
    assertThat(remaining("GOLD", "2042-Q2")).isEqualByComparingTo("48000.00");
  }

  @Test
  void aReleasedDollarReservationGivesBackExactlyWhatItDrew() {
    usdPerEuro("2026-02-27", "3");
    long requestId = reservedRequest("SILVER", "1000", 2043, "USD"); // 333.33 EUR drawn
    usdPerEuro("2026-03-01", "2.00");

    workers.release(requestId, null);

    assertThat(remaining("SILVER", "2043-Q2")).isEqualByComparingTo("10000.00");
  }

  @Test
  void aRequestFromBeforeCurrenciesDrawsItsAmountAndIsRecordedInTheProgrammeCurrency() {
    long requestId = request("SILVER", "2500", 2044);
    // as V192 leaves it
    jdbc.update("update mdf_request set currency = null, programme_amount = null, programme_currency = null, fx_rate = null,"
        + " fx_rate_date = null where id = ?", requestId);

    workers.reserve(requestId);
    assertThat(programmeAmounts.backfill()).isEqualTo(1);
    assertThat(programmeAmounts.backfill()).isZero();

    assertThat(remaining("SILVER", "2044-Q2")).isEqualByComparingTo("7500");
    MdfRequest request = requests.require(requestId);
    assertThat(request.getCurrency()).isEqualTo("EUR");
    assertThat(request.getProgrammeAmount()).isEqualByComparingTo("2500");
    assertThat(request.getFxRate()).isEqualByComparingTo("1");
  }

  @Test
  void aReservationDeliveredTwiceTakesTheBudgetOnce() {
    long requestId = request("SILVER", "3000", 2030);

    workers.reserve(requestId);
    workers.reserve(requestId);

    assertThat(remaining("SILVER", "2030-Q2")).isEqualByComparingTo("7000");
    assertThat(requests.require(requestId).getStatus()).isEqualTo(MdfStatus.RESERVED);
    assertThat(requests.require(requestId).getReservedAmount()).isEqualByComparingTo("3000");
  }

  @Test
  void aRequestTheBudgetCannotCoverIsBudgetExceededAndRejectedWithTheReason() {
    long first = request("SILVER", "8000", 2031);
    long second = request("SILVER", "2500", 2031);
    workers.reserve(first);

    assertThatThrownBy(() -> workers.reserve(second))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("BUDGET_EXCEEDED"));
    assertThat(requests.require(second).getStatus()).isEqualTo(MdfStatus.REQUESTED);
    workers.reject(second, "BUDGET_EXCEEDED", "CHANNEL_MANAGER", "fine");

    assertThat(requests.require(second).getStatus()).isEqualTo(MdfStatus.REJECTED);
    assertThat(requests.require(second).getReason()).isEqualTo("BUDGET_EXCEEDED");
    assertThat(remaining("SILVER", "2031-Q2")).isEqualByComparingTo("2000");
  }

  @Test
  void offboardingGivesAReservationBackToTheBudgetOnceHoweverOftenItRuns() {
    long requestId = request("SILVER", "3000", 2036);
    workers.reserve(requestId);
    long partnerId = requests.require(requestId).getPartnerId();

    offboarding.cancelOpenReservations(partnerId, "terminated");
    offboarding.cancelOpenReservations(partnerId, "terminated");

    assertThat(requests.require(requestId).getStatus()).isEqualTo(MdfStatus.RELEASED);
    assertThat(remaining("SILVER", "2036-Q2")).isEqualByComparingTo("10000");
  }

  @Test
  void anApproversRejectionNamesTheStepAndTheComment() {
    long requestId = request("SILVER", "100", 2032);

    workers.reject(requestId, null, "FINANCE", "no plan attached");

    assertThat(requests.require(requestId).getReason()).isEqualTo("Rejected by FINANCE: no plan attached");
  }

  @Test
  void twentyConcurrentReservationsNeverOverdrawTheBudget() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(request("SILVER", "1500", 2033));
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(20);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (long id : ids) {
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  try {
                    workers.reserve(id);
                    return true;
                  } catch (BpmnError e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      int reserved = 0;
      for (Future<Boolean> result : results) {
        reserved += result.get() ? 1 : 0;
      }

      assertThat(reserved).isEqualTo(6);
      assertThat(remaining("SILVER", "2033-Q2")).isEqualByComparingTo("1000");
      assertThat(ids.stream().filter(id -> requests.require(id).getStatus() == MdfStatus.RESERVED)).hasSize(6);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void eachRegionDrawsOnItsOwnBudgetAndNeitherIsOverdrawnByConcurrentRequests() throws Exception {
    jdbc.update("insert into region (code, name, base_currency, default_locale, status, catch_all, created_at, version)"
        + " values ('NORDICS_MDF', 'Nordics', 'SEK', 'en', 'LIVE', false, ?, 0)", java.sql.Timestamp.from(NOW));
    long nordics = regions.findByCode("NORDICS_MDF").orElseThrow().getId();
    List<Long> ids = new ArrayList<>();
    List<Long> nordicIds = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(request("SILVER", "1500", 2034));
      nordicIds.add(requestInRegion(nordics, "1500", 2034));
    }
    List<Long> all = new ArrayList<>(ids);
    all.addAll(nordicIds);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(all.size());
    List<Future<?>> done = new ArrayList<>();
    try {
      for (long id : all) {
        done.add(threads.submit(() -> {
          start.await();
          try {
            workers.reserve(id);
          } catch (BpmnError budgetExceeded) {
            // the request is rejected; counted below
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> each : done) {
        each.get();
      }

      assertThat(ids.stream().filter(id -> requests.require(id).getStatus() == MdfStatus.RESERVED)).hasSize(6);
      assertThat(nordicIds.stream().filter(id -> requests.require(id).getStatus() == MdfStatus.RESERVED)).hasSize(2);
      assertThat(remaining("SILVER", "2034-Q2")).as("the catch-all's 10 000").isEqualByComparingTo("1000");
      assertThat(budgets.findByRegionIdAndTierAndQuarter(nordics, "SILVER", "2034-Q2").orElseThrow().getRemaining())
          .as("the region's own 3 000").isEqualByComparingTo("0");
    } finally {
      threads.shutdownNow();
    }
  }

  private long requestInRegion(long regionId, String amount, int year) {
    Partner partner =
        partners.saveAndFlush(active(new Partner("Fjord", PartnerType.RESELLER, "IS", "fjord.is", "Sif", "sif@fjord.is", BigDecimal.TEN, 3, NOW), NOW));
    partner.changeTier("SILVER", NOW);
    partner.assignRegion(regionId, NOW);
    partners.saveAndFlush(partner);
    return service.request(partner.getId(), new MdfRequestForm("Webinar", new BigDecimal(amount), LocalDate.of(year, 5, 15))).mdfRequestId();
  }

  @Test
  void aPayoutDeliveredTwicePaysOnceAndReleasesTheRemainder() {
    long requestId = reservedRequest("GOLD", "3000", 2034);
    service.claim(requestId, new MdfClaimSubmission("https://acme.de/webinar-report", new BigDecimal("2500")));

    workers.recordPayout(requestId, new BigDecimal("2500"));
    workers.recordPayout(requestId, new BigDecimal("2500"));

    assertThat(payouts.countByMdfRequestId(requestId)).isEqualTo(1);
    assertThat(payouts.findByMdfRequestId(requestId).orElseThrow().getAmount()).isEqualByComparingTo("2500");
    assertThat(requests.require(requestId).getStatus()).isEqualTo(MdfStatus.PAID);
    assertThat(remaining("GOLD", "2034-Q2")).isEqualByComparingTo("47500");
  }

  @Test
  void aPayoutIsNeverMoreThanTheReservation() {
    long requestId = reservedRequest("GOLD", "3000", 2035);

    workers.recordPayout(requestId, new BigDecimal("9000"));

    assertThat(payouts.findByMdfRequestId(requestId).orElseThrow().getAmount()).isEqualByComparingTo("3000");
    assertThat(remaining("GOLD", "2035-Q2")).isEqualByComparingTo("47000");
  }

  @Test
  void aReleaseDeliveredTwiceGivesTheReservationBackOnce() {
    long requestId = reservedRequest("SILVER", "4000", 2036);

    workers.release(requestId, null);
    workers.release(requestId, null);

    assertThat(requests.require(requestId).getStatus()).isEqualTo(MdfStatus.RELEASED);
    assertThat(requests.require(requestId).getReason()).isEqualTo("No claim before the deadline");
    assertThat(remaining("SILVER", "2036-Q2")).isEqualByComparingTo("10000");
  }

  @Test
  void aClaimIsStoredOnceAndPublishedToTheProcess() {
    long requestId = reservedRequest("SILVER", "1000", 2037);

    MdfClaimReceipt receipt = service.claim(requestId, new MdfClaimSubmission("photos of the booth", new BigDecimal("900")));

    assertThat(claims.findByMdfRequestId(requestId)).isPresent();
    verify(messages, times(1))
        .publish("mdf-claim-submitted", String.valueOf(requestId), "mdf-claim:" + requestId, Map.of("claimId", receipt.claimId()));
    assertThatThrownBy(() -> service.claim(requestId, new MdfClaimSubmission("again", new BigDecimal("10"))))
        .isInstanceOf(MdfClaimRefused.class);
  }

  @Test
  void aClaimAboveTheReservationOrOnAnUnreservedRequestIsRefused() {
    long reserved = reservedRequest("SILVER", "1000", 2038);
    long unreserved = request("SILVER", "1000", 2038);

    assertThatThrownBy(() -> service.claim(reserved, new MdfClaimSubmission("proof", new BigDecimal("1000.01"))))
        .isInstanceOf(MdfClaimRefused.class);
    assertThatThrownBy(() -> service.claim(unreserved, new MdfClaimSubmission("proof", new BigDecimal("10"))))
        .isInstanceOf(MdfClaimRefused.class);
    assertThat(claims.findByMdfRequestId(reserved)).isEmpty();
  }

  @Test
  void aClaimTheEngineDoesNotTakeIsWithdrawnAndCanBeSentAgain() {
    long requestId = reservedRequest("SILVER", "1000", 2039);
    when(messages.publish(anyString(), anyString(), anyString(), any())).thenThrow(new EngineUnavailable("engine down", null));

    assertThatThrownBy(() -> service.claim(requestId, new MdfClaimSubmission("proof", new BigDecimal("500"))))
        .isInstanceOf(EngineUnavailable.class);

    assertThat(claims.findByMdfRequestId(requestId)).isEmpty();
    assertThat(requests.require(requestId).getStatus()).isEqualTo(MdfStatus.RESERVED);
  }

  private BigDecimal remaining(String tier, String quarter) {
    return budgets.findByRegionIdAndTierAndQuarter(regions.catchAll().getId(), tier, quarter).orElseThrow().getRemaining();
  }

  private long reservedRequest(String tier, String amount, int year) {
    long requestId = request(tier, amount, year);
    workers.reserve(requestId);
    return requestId;
  }

  private long reservedRequest(String tier, String amount, int year, String currency) {
    long requestId = request(tier, amount, year, currency);
    workers.reserve(requestId);
    return requestId;
  }

  private long request(String tier, String amount, int year, String currency) {
    Partner partner =
        partners.saveAndFlush(active(new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, NOW), NOW));
    partner.changeTier(tier, NOW);
    partners.saveAndFlush(partner);
    return service
        .request(partner.getId(), new MdfRequestForm("Webinar", new BigDecimal(amount), LocalDate.of(year, 5, 15), currency))
        .mdfRequestId();
  }

  private void usdPerEuro(String date, String rate) {
    rates.store(List.of(new FxQuote(LocalDate.parse(date), "EUR", "USD", new BigDecimal(rate))));
  }

  private long request(String tier, String amount, int year) {
    Partner partner =
        partners.saveAndFlush(active(new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, NOW), NOW));
    partner.changeTier(tier, NOW);
    partners.saveAndFlush(partner);
    return service.request(partner.getId(), new MdfRequestForm("Webinar", new BigDecimal(amount), LocalDate.of(year, 5, 15))).mdfRequestId();
  }

  /** Walks a new partner through the lifecycle to ACTIVE, as the processes would. */
  private static Partner active(Partner partner, Instant at) {
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, at);
    }
    return partner;
  }
}
