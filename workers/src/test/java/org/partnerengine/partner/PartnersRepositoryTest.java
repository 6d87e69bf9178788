package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

@DatabaseTest
class PartnersRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");

  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired TestEntityManager entityManager;

  @Test
  void storesAndReadsBackAPartnerWithEveryField() {
    Partner saved = partners.saveAndFlush(acme());
    entityManager.clear();

    Partner read = partners.require(saved.getId());

    assertThat(read.getCompanyName()).isEqualTo("Acme Cloud GmbH");
    assertThat(read.getPartnerType()).isEqualTo(PartnerType.SYSTEM_INTEGRATOR);
    assertThat(read.getCountry()).isEqualTo("DE");
    assertThat(read.getAnnualRevenue()).isEqualByComparingTo("2500000.50");
    assertThat(read.getEmployees()).isEqualTo(40);
    assertThat(read.getStage()).isEqualTo(Stage.RECRUIT);
    // MariaDB, our stand-in for MySQL, reports itself as MySQL 5.5 to Connector/J, which then
    // drops fractional seconds; MySQL 8 keeps the microseconds.
    assertThat(read.getCreatedAt()).isBetween(NOW.truncatedTo(ChronoUnit.SECONDS), NOW);
  }

  @Test
  void keepsTheStageItWasMovedTo() {
    Partner partner = partners.saveAndFlush(acme());
    partner.enterStage(Stage.ONBOARD, NOW.plusSeconds(60));
    partners.saveAndFlush(partner);
    entityManager.clear();

    assertThat(partners.require(partner.getId()).getStage()).isEqualTo(Stage.ONBOARD);
  }

  @Test
  void refusesASecondHistoryEntryWithTheSameIdempotencyKey() {
    Partner partner = partners.saveAndFlush(acme());
    events.saveAndFlush(
        new PartnerEvent(partner.getId(), NOW, "X", Stage.RECRUIT, "system", null, "partner-1:x"));

    assertThatThrownBy(
            () ->
                events.saveAndFlush(
                    new PartnerEvent(
                        partner.getId(), NOW, "X", Stage.RECRUIT, "system", null, "partner-1:x")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void listsHistoryOldestFirst() {
    Partner partner = partners.saveAndFlush(acme());
    events.save(new PartnerEvent(partner.getId(), NOW.plusSeconds(5), "LATER", Stage.RECRUIT, "a", null, null));
    events.save(new PartnerEvent(partner.getId(), NOW, "EARLIER", Stage.RECRUIT, "a", null, null));
    events.flush();

    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partner.getId()))
        .extracting(PartnerEvent::getType)
        .containsExactly("EARLIER", "LATER");
  }

  private static Partner acme() {
    return new Partner(
        "Acme Cloud GmbH",
        PartnerType.SYSTEM_INTEGRATOR,
        "DE",
        "https://www.acme-cloud.de",
        "Ada Lovelace",
        "ada@acme-cloud.de",
        new BigDecimal("2500000.50"),
        40,
        NOW);
  }
}
