package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.deals.DealProgrammeAmounts;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partners;
import org.partnerengine.rebates.Quarter;
import org.partnerengine.region.RegionMoney;
import org.partnerengine.region.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A manager reads a pound region's partner on its page (the scorecard's quarters in euros and in
 * pounds) and the region's quarter on the Regions page, in both currencies, each formatted in its own.
 */
@Tag("browser")
@PartnerEngineTest
class RegionCurrencyBrowserTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired FxRates rates;
  @Autowired Partners partners;
  @Autowired Regions regions;
  @Autowired DealProgrammeAmounts programmeAmounts;
  @LocalServerPort int port;

  @Test
  void theScorecardAndTheRegionsTotalsShowPoundsBesideEuros() {
    RegionMoney money = new RegionMoney(http.withBasicAuth("manager", "manager"), jdbc, rates, partners, regions);
    Quarter lastQuarter = Quarter.containing(Instant.now()).previous();
    LocalDate start = LocalDate.ofInstant(lastQuarter.start(), ZoneOffset.UTC);
    LocalDate dollarsWon = start.plusDays(10);
    LocalDate eurosWon = start.plusDays(40);
    money.euroBought(dollarsWon, "1.10", "0.85");
    money.euroBought(eurosWon, "1.20", "0.90");
    String code = money.define("GBP");
    long partnerId = money.partnerIn(code);
    money.win(partnerId, "1000.00", "USD", dollarsWon);
    money.win(partnerId, "500.00", "EUR", eurosWon);
    programmeAmounts.backfill();
    BigDecimal pounds = money.convert("1000.00", "USD", "GBP", dollarsWon).add(money.convert("500.00", "EUR", "GBP", eurosWon));
    BigDecimal euros = money.convert("1000.00", "USD", "EUR", dollarsWon).add(new BigDecimal("500.00"));

    try (Browser browser = Browser.open(port, "region-currency")) {
      browser.logIn("manager", "manager");
      browser.visit("/partners/" + partnerId);
      browser.waitFor(By.id("scorecard-quarters"));
      String quarters = browser.driver().findElement(By.id("scorecard-quarters")).getText();
      assertThat(quarters).containsIgnoringCase("Won (EUR)").containsIgnoringCase("Won (GBP)").containsIgnoringCase("Rebate (GBP)")
          .contains("in region " + code, lastQuarter + " " + amount("€", euros) + " — " + amount("£", pounds) + " —");
      assertThat(browser.driver().findElement(By.id("scorecard")).getText()).contains(amount("£", pounds) + " in the currency of " + code);
      browser.screenshot("scorecard");

      browser.visit("/regions");
      browser.waitFor(By.id("totals-" + code)).click();
      browser.waitUntil(d -> d.findElement(By.id("region-totals")).getText().contains("Totals of Money GBP, " + Quarter.containing(Instant.now())));
      assertThat(browser.driver().findElement(By.id("region-totals")).getText()).as("this quarter first").contains("Won revenue €0.00 £0.00");
      browser.driver().findElement(By.cssSelector("#region-totals-quarter input")).clear();
      browser.driver().findElement(By.cssSelector("#region-totals-quarter input")).sendKeys(lastQuarter.toString());
      browser.driver().findElement(By.cssSelector("#region-totals-quarter button")).click();
      browser.waitUntil(d -> d.findElement(By.id("region-totals")).getText().contains("Totals of Money GBP, " + lastQuarter));
      String totals = browser.driver().findElement(By.id("region-totals")).getText();
      assertThat(totals).containsIgnoringCase("In EUR").containsIgnoringCase("In GBP")
          .contains("Partners in the region now: 1.", "Won revenue " + amount("€", euros) + " " + amount("£", pounds), "MDF paid €0.00 £0.00");
      browser.screenshot("regions");
      browser.assertNoConsoleErrors();
    }
  }

  private static String amount(String symbol, BigDecimal value) {
    return symbol + String.format(Locale.ENGLISH, "%,.2f", value);
  }
}
