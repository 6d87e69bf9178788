package org.partnerengine.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.deals.DealProgrammeAmounts;
import org.partnerengine.money.FxQuote;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partners;
import org.partnerengine.rebates.CalculateRebateWorker;
import org.partnerengine.rebates.CollectQuarterRevenueWorker;
import org.partnerengine.rebates.Quarter;
import org.partnerengine.rebates.Rebates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a manager reads in a region that is not in the programme currency: a partner of the
 * pound-sterling region won dollars and euros on two days of last quarter, each with its own rates
 * (imported by the test, on days the bundled rates leave free). Its scorecard and the region's
 * totals say the same pounds, each win at its close date's rate, beside the euros; a rate imported
 * afterwards changes no figure; a partner of the catch-all reads euros; a region whose currency has
 * no rate answers 503, never a guessed figure.
 */
@PartnerEngineTest
class RegionCurrencyEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired FxRates rates;
  @Autowired Partners partners;
  @Autowired Regions regions;
  @Autowired DealProgrammeAmounts programmeAmounts;
  @Autowired CollectQuarterRevenueWorker collectRevenue;
  @Autowired CalculateRebateWorker calculateRebate;
  @Autowired Rebates rebates;

  private TestRestTemplate manager;
  private RegionMoney money;
  private Quarter lastQuarter;
  private LocalDate dollarsWon;
  private LocalDate eurosWon;

  @BeforeEach
  void ratesOfTwoDaysOfLastQuarter() {
    manager = http.withBasicAuth("manager", "manager");
    money = new RegionMoney(manager, jdbc, rates, partners, regions);
    lastQuarter = Quarter.containing(Instant.now()).previous();
    LocalDate start = LocalDate.ofInstant(lastQuarter.start(), ZoneOffset.UTC);
    // Not the first of a month: the days are the test's alone.
    dollarsWon = start.plusDays(10);
    eurosWon = start.plusDays(40);
    money.euroBought(dollarsWon, "1.10", "0.85");
    money.euroBought(eurosWon, "1.20", "0.90");
  }

  @Test
  void aPoundRegionsPartnerReadsItsDollarAndEuroWinsInPoundsOnItsScorecardAndInTheRegionsTotals() {
    String code = money.define("GBP");
    long partnerId = money.partnerIn(code);
    money.win(partnerId, "1000.00", "USD", dollarsWon);
    money.win(partnerId, "500.00", "EUR", eurosWon);
    programmeAmounts.backfill();
    long paid = money.mdfRequest(partnerId, code, lastQuarter.toString(), "200.00", "USD", dollarsWon, "PAID");
    money.payout(paid, "150.00", "USD", dollarsWon);
    money.mdfRequest(partnerId, code, lastQuarter.toString(), "300.00", "EUR", eurosWon, "RESERVED");
    var revenue = collectRevenue.collect(partnerId, lastQuarter.toString());
    calculateRebate.calculate(partnerId, lastQuarter.toString(), revenue.tier(), revenue.quarterlyRevenue(), new BigDecimal("10"));
    BigDecimal ratePercent = rebates.findByPartnerIdAndQuarter(partnerId, lastQuarter.toString()).orElseThrow().getRatePercent();

    BigDecimal pounds = money.convert("1000.00", "USD", "GBP", dollarsWon).add(money.convert("500.00", "EUR", "GBP", eurosWon));
    BigDecimal euros = money.convert("1000.00", "USD", "EUR", dollarsWon).add(new BigDecimal("500.00"));
    BigDecimal poundsPaid = money.convert("150.00", "USD", "GBP", dollarsWon);
    BigDecimal poundsReserved = money.convert("300.00", "EUR", "GBP", eurosWon);

    JsonNode card = manager.getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    assertThat(card.get("currency").asText()).isEqualTo("EUR");
    assertThat(quarter(card, lastQuarter).get("wonRevenue").decimalValue()).isEqualByComparingTo(euros);
    assertThat(quarter(card, lastQuarter).get("rebate").decimalValue()).isEqualByComparingTo(percent(euros, ratePercent));
    JsonNode inRegion = card.get("inRegionCurrency");
    assertThat(inRegion.get("region").asText()).isEqualTo(code);
    assertThat(inRegion.get("currency").asText()).isEqualTo("GBP");
    assertThat(inRegion.at("/last12Months/wonRevenue").decimalValue()).isEqualByComparingTo(pounds);
    assertThat(quarter(inRegion, lastQuarter).get("wonRevenue").decimalValue()).isEqualByComparingTo(pounds);
    assertThat(quarter(inRegion, lastQuarter).get("rebate").decimalValue()).isEqualByComparingTo(percent(pounds, ratePercent));
    assertThat(inRegion.get("mdfSpent").decimalValue()).isEqualByComparingTo(poundsPaid);

    JsonNode totals = manager.getForObject("/api/regions/" + code + "/totals?quarter=" + lastQuarter, JsonNode.class);
    assertThat(totals.get("quarter").asText()).isEqualTo(lastQuarter.toString());
    assertThat(totals.get("partners").asLong()).isEqualTo(1);
    assertThat(totals.at("/inRegionCurrency/currency").asText()).isEqualTo("GBP");
    assertThat(totals.at("/inRegionCurrency/wonRevenue").decimalValue()).isEqualByComparingTo(pounds);
    assertThat(totals.at("/inRegionCurrency/rebates").decimalValue()).isEqualByComparingTo(percent(pounds, ratePercent));
    assertThat(totals.at("/inRegionCurrency/mdfPaid").decimalValue()).isEqualByComparingTo(poundsPaid);
    assertThat(totals.at("/inRegionCurrency/mdfReserved").decimalValue()).isEqualByComparingTo(poundsReserved);
    assertThat(totals.at("/inProgrammeCurrency/currency").asText()).isEqualTo("EUR");
    assertThat(totals.at("/inProgrammeCurrency/wonRevenue").decimalValue()).isEqualByComparingTo(euros);
    assertThat(totals.at("/inProgrammeCurrency/mdfReserved").decimalValue()).isEqualByComparingTo("300.00");

    rates.store(List.of(
        new FxQuote(dollarsWon, "EUR", "GBP", new BigDecimal("0.50")), // that day has its rate: this one is not stored
        new FxQuote(dollarsWon.plusDays(1), "EUR", "GBP", new BigDecimal("0.50")),
        new FxQuote(eurosWon.plusDays(1), "EUR", "GBP", new BigDecimal("0.50")),
        new FxQuote(eurosWon.plusDays(1), "EUR", "USD", new BigDecimal("3.00"))));
    JsonNode cardAfter = manager.getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    assertThat(cardAfter.get("inRegionCurrency")).as("a rate imported later changes no figure").isEqualTo(inRegion);
    assertThat(manager.getForObject("/api/regions/" + code + "/totals?quarter=" + lastQuarter, JsonNode.class)).isEqualTo(totals);
  }

  @Test
  void aPartnerOfTheCatchAllReadsTheProgrammeCurrency() {
    long partnerId = money.partnerIn("GLOBAL");
    money.win(partnerId, "1000.00", "USD", dollarsWon);
    programmeAmounts.backfill();

    JsonNode card = manager.getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    JsonNode inRegion = card.get("inRegionCurrency");
    assertThat(inRegion.get("region").asText()).isEqualTo("GLOBAL");
    assertThat(inRegion.get("currency").asText()).isEqualTo("EUR");
    assertThat(inRegion.get("quarters")).isEqualTo(card.get("quarters"));
    assertThat(quarter(inRegion, lastQuarter).get("wonRevenue").decimalValue()).isEqualByComparingTo(money.convert("1000.00", "USD", "EUR", dollarsWon));
    JsonNode totals = manager.getForObject("/api/regions/GLOBAL/totals", JsonNode.class);
    assertThat(totals.get("quarter").asText()).as("this quarter when none is named").isEqualTo(Quarter.containing(Instant.now()).toString());
    assertThat(totals.get("inRegionCurrency")).isEqualTo(totals.get("inProgrammeCurrency"));
  }

  @Test
  void aRegionWhoseCurrencyHasNoRateAnswers503NamingTheCurrencyAndTheDateAndBadQuartersAre400() {
    String code = money.define("NZD"); // the bundled rates have none
    long partnerId = money.partnerIn(code);
    money.win(partnerId, "500.00", "EUR", eurosWon);
    programmeAmounts.backfill();

    ResponseEntity<JsonNode> card = manager.getForEntity("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    assertThat(card.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(card.getBody().get("title").asText()).isEqualTo("Exchange rate missing");
    assertThat(card.getBody().get("detail").asText()).contains("from EUR into NZD on or before " + eurosWon);
    ResponseEntity<JsonNode> totals = manager.getForEntity("/api/regions/" + code + "/totals?quarter=" + lastQuarter, JsonNode.class);
    assertThat(totals.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(totals.getBody().get("detail").asText()).contains("NZD", eurosWon.toString());

    for (String bad : List.of("2026-Q5", "2026Q1", "26-Q1", "0999-Q4", "2026-q1", "")) {
      ResponseEntity<JsonNode> refused = manager.getForEntity("/api/regions/" + code + "/totals?quarter=" + bad, JsonNode.class);
      assertThat(refused.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().at("/errors/0/field").asText()).as(bad).isEqualTo("quarter");
    }
    ResponseEntity<JsonNode> unknown = manager.getForEntity("/api/regions/NO_SUCH_REGION/totals", JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("title").asText()).isEqualTo("Region not found");
  }

  private static BigDecimal percent(BigDecimal revenue, BigDecimal ratePercent) {
    return revenue.multiply(ratePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  private static JsonNode quarter(JsonNode card, Quarter quarter) {
    for (JsonNode q : card.get("quarters")) {
      if (q.get("quarter").asText().equals(quarter.toString())) {
        return q;
      }
    }
    throw new AssertionError("no quarter " + quarter + " in " + card);
  }
}
