package org.partnerengine.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnerengine.ActivePartners;
import org.partnerengine.money.FxQuote;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partners;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Money facts for tests of what a region reads: a region in a currency, an active partner in it,
 * rates of the test's own days (the bundled sample has rates on the first of a month only, so any
 * other day is the test's alone), wins and fund requests stored as the workers store them, and the
 * expected conversions worked out by the documented rule from the rates the test imported.
 */
public final class RegionMoney {

  private final TestRestTemplate manager;
  private final JdbcTemplate jdbc;
  private final FxRates rates;
  private final Partners partners;
  private final Regions regions;
  private final Map<LocalDate, Map<String, BigDecimal>> perEuro = new HashMap<>();

  public RegionMoney(TestRestTemplate manager, JdbcTemplate jdbc, FxRates rates, Partners partners, Regions regions) {
    this.manager = manager;
    this.jdbc = jdbc;
    this.rates = rates;
    this.partners = partners;
    this.regions = regions;
  }

  /** A planned region in the currency, with a code of its own; answers the code. */
  public String define(String currency) {
    String code = "CUR_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ResponseEntity<JsonNode> defined = manager.postForEntity("/api/regions",
        json(Map.of("code", code, "name", "Money " + currency, "baseCurrency", currency, "defaultLocale", "en", "countries", List.of(),
            "approverGroups", List.of())),
        JsonNode.class);
    assertThat(defined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return code;
  }

  /** An active partner whose region is the one named, as its region's going live makes it. */
  public long partnerIn(String code) {
    long partnerId = ActivePartners.store(partners, "money-" + UUID.randomUUID().toString().substring(0, 8), "DE");
    jdbc.update("update partner set region_id = ? where id = ?", regions.require(code).getId(), partnerId);
    return partnerId;
  }

  /** Imports what one euro bought in dollars and pounds on the day. */
  public void euroBought(LocalDate day, String dollars, String pounds) {
    rates.store(List.of(new FxQuote(day, "EUR", "USD", new BigDecimal(dollars)), new FxQuote(day, "EUR", "GBP", new BigDecimal(pounds))));
    perEuro.put(day, Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal(dollars), "GBP", new BigDecimal(pounds)));
  }

  /** By the documented rule: through the euro, the rate kept with 12 decimals, the amount rounded to cents or pence. */
  public BigDecimal convert(String amount, String from, String to, LocalDate day) {
    Map<String, BigDecimal> rate = perEuro.get(day);
    BigDecimal cross = rate.get(to).divide(rate.get(from), new MathContext(20, RoundingMode.HALF_EVEN)).setScale(12, RoundingMode.HALF_EVEN);
    return new BigDecimal(amount).multiply(cross).setScale(2, RoundingMode.HALF_UP);
  }

  /** A win verified on the day (its close date), waiting to be booked in the programme currency. */
  public void win(long partnerId, String amount, String currency, LocalDate day) {
    LocalDateTime closed = day.atTime(15, 0);
    jdbc.update(
        "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status, protection_extended,"
            + " registered_at, updated_at, closed_on, version) values (?, ?, ?, ?, ?, ?, 'WON', false, ?, ?, ?, 0)",
        partnerId, "Customer of " + partnerId, "c" + UUID.randomUUID().toString().substring(0, 8) + ".example", new BigDecimal(amount), currency,
        day, closed.minusDays(30), closed, day);
  }

  /** A request drawing on the region's budget for the quarter, converted on its request day; answers its id. */
  public long mdfRequest(long partnerId, String code, String quarter, String amount, String currency, LocalDate requested, String status) {
    jdbc.update(
        "insert into mdf_request (partner_id, region_id, tier, activity, amount, currency, programme_amount, programme_currency, fx_rate,"
            + " fx_rate_date, planned_date, budget_quarter, status, reserved_amount, requested_at, updated_at, version)"
            + " values (?, ?, 'GOLD', 'Event', ?, ?, ?, 'EUR', 1, ?, ?, ?, ?, ?, ?, ?, 0)",
        partnerId, regions.require(code).getId(), new BigDecimal(amount), currency, convert(amount, currency, "EUR", requested), requested,
        requested, quarter, status, new BigDecimal(amount), requested.atTime(9, 0), requested.atTime(9, 0));
    return jdbc.queryForObject("select max(id) from mdf_request where partner_id = ?", Long.class, partnerId);
  }

  /** Pays the request out: the amount in its currency, in euros at its request day's rate. */
  public void payout(long requestId, String amount, String currency, LocalDate requested) {
    jdbc.update("insert into mdf_payout (mdf_request_id, amount, programme_amount, paid_at) values (?, ?, ?, ?)",
        requestId, new BigDecimal(amount), convert(amount, currency, "EUR", requested), LocalDateTime.now());
  }
}
