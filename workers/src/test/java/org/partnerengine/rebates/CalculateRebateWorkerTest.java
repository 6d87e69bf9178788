package org.partnerengine.rebates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.money.MoneyFixtures;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.tiering.TestPartners;
import org.partnerengine.tiering.TierFacts;
import org.partnerengine.tiering.TierFactsSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({CalculateRebateWorker.class, CollectQuarterRevenueWorker.class, MoneyFixtures.class, CalculateRebateWorkerTest.Settings.class})
class CalculateRebateWorkerTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2027-01-01T01:00:00Z"), ZoneOffset.UTC);
    }

    /** Won revenue per quarter: 30,000 in Q4 2026, nothing otherwise. */
    @Bean
    TierFactsSource facts() {
      return new TierFactsSource() {
        @Override
        public TierFacts factsFor(long partnerId, Instant from, Instant to) {
          throw new UnsupportedOperationException();
        }

        @Override
        public BigDecimal wonRevenue(long partnerId, Instant from, Instant to) {
          return from.equals(Instant.parse("2026-10-01T00:00:00Z")) && to.equals(Instant.parse("2027-01-01T00:00:00Z"))
              ? new BigDecimal("30000")
              : BigDecimal.ZERO;
        }
      };
    }

    @Bean
    RebateSettings rebateSettings() {
      return new RebateSettings(new BigDecimal("50.00"), null);
    }
  }

  @Autowired CalculateRebateWorker calculate;
  @Autowired CollectQuarterRevenueWorker collect;
  @Autowired Rebates rebates;
  @Autowired Partners partners;
  @Autowired org.partnerengine.region.Regions regions;

  @Test
  void recordsWonRevenueTimesTheRate() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();

    calculate.calculate(partnerId, "2026-Q4", "GOLD", new BigDecimal("120000.00"), new BigDecimal("4"));

    Rebate rebate = rebates.findByPartnerIdAndQuarter(partnerId, "2026-Q4").orElseThrow();
    assertThat(rebate.getAmount()).isEqualByComparingTo("4800.00");
    assertThat(rebate.getCurrency()).isEqualTo("EUR");
    assertThat(rebate.getTier()).isEqualTo("GOLD");
  }

  @Test
  void aQuarterCalculatedTwiceRecordsOneRebateAndTheFirstAmountStands() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();

    calculate.calculate(partnerId, "2026-Q4", "GOLD", new BigDecimal("120000.00"), new BigDecimal("4"));
    calculate.calculate(partnerId, "2026-Q4", "GOLD", new BigDecimal("999999.00"), new BigDecimal("4"));

    assertThat(rebates.countByPartnerIdAndQuarter(partnerId, "2026-Q4")).isEqualTo(1);
    assertThat(rebates.findByPartnerIdAndQuarter(partnerId, "2026-Q4").orElseThrow().getAmount())
        .isEqualByComparingTo("4800.00");
  }

  @Test
  void eachQuarterHasItsOwnRebate() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "SILVER").getId();

    calculate.calculate(partnerId, "2026-Q3", "SILVER", new BigDecimal("10000"), new BigDecimal("2"));
    calculate.calculate(partnerId, "2026-Q4", "SILVER", new BigDecimal("20000"), new BigDecimal("2"));

    assertThat(rebates.findByPartnerIdOrderByQuarterAsc(partnerId))
        .extracting(Rebate::getQuarter)
        .containsExactly("2026-Q3", "2026-Q4");
  }

  @Test
  void aRebateBelowTheMinimumIsRecordedAsZero() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "SILVER").getId();

    calculate.calculate(partnerId, "2026-Q4", "SILVER", new BigDecimal("2000"), new BigDecimal("2"));

    assertThat(rebates.findByPartnerIdAndQuarter(partnerId, "2026-Q4").orElseThrow().getAmount()).isEqualByComparingTo("0");
  }

  @Test
  void collectsThePartnersTierAndWhatItWonInThatQuarter() {
    var gold = TestPartners.create(partners, Stage.ACTIVE, "GOLD");
    gold.assignRegion(regions.catchAll().getId(), Instant.now());
    long partnerId = partners.saveAndFlush(gold).getId();
    long untiered = TestPartners.create(partners, Stage.ACTIVE, null).getId();

    assertThat(collect.collect(partnerId, "2026-Q4"))
        .as("the rate may differ by the partner's region")
        .isEqualTo(new CollectQuarterRevenueWorker.QuarterRevenue("GOLD", new BigDecimal("30000"), "GLOBAL"));
    assertThat(collect.collect(untiered, "2026-Q3").tier()).isEqualTo("REGISTERED");
    assertThat(collect.collect(untiered, "2026-Q3").region()).as("a partner before regions").isNull();
    assertThat(collect.collect(untiered, "2026-Q3").quarterlyRevenue()).isEqualByComparingTo("0");
  }
}
