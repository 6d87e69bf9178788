package org.partnerengine.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.region.CountryRegions;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({EnrichApplicationWorker.class, CountryRegions.class, PartnerHistory.class, EnrichApplicationWorkerTest.FixedClock.class})
class EnrichApplicationWorkerTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    }
  }

  @Autowired EnrichApplicationWorker worker;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;

  @Test
  void recordsTheCompanyDomainAndTheProcessInstance() {
    long partnerId = newPartner("https://www.Acme-Cloud.de/partners?ref=1");

    worker.enrich(partnerId, 42L);

    Partner partner = partners.require(partnerId);
    assertThat(partner.getCompanyDomain()).isEqualTo("acme-cloud.de");
    assertThat(partner.getProcessInstanceKey()).isEqualTo(42L);
  }

  @Test
  void aJobDeliveredTwiceWritesOneHistoryEntry() {
    long partnerId = newPartner("acme-cloud.de");

    worker.enrich(partnerId, 42L);
    worker.enrich(partnerId, 42L);

    assertThat(events.countByPartnerIdAndType(partnerId, "APPLICATION_ENRICHED")).isEqualTo(1);
  }

  @Test
  void keepsTheFirstProcessInstanceItWasBoundTo() {
    long partnerId = newPartner("acme-cloud.de");

    worker.enrich(partnerId, 42L);
    worker.enrich(partnerId, 43L);

    assertThat(partners.require(partnerId).getProcessInstanceKey()).isEqualTo(42L);
  }

  private long newPartner(String website) {
    return partners
        .saveAndFlush(
            new Partner("Acme", PartnerType.RESELLER, "DE", website, "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH))
        .getId();
  }
}
