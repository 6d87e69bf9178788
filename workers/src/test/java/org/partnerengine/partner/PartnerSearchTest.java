package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@DatabaseTest
class PartnerSearchTest {

  @Autowired Partners partners;

  @BeforeEach
  void threePartners() {
    partners.deleteAll();
    save("Acme Cloud GmbH", PartnerType.MSP, "acme-cloud.de", "GOLD");
    save("Acme_Labs", PartnerType.RESELLER, "acmelabs.io", null);
    save("Globex", PartnerType.MSP, "globex.com", "GOLD");
  }

  @Test
  void filtersByTypeTierAndThePrefixOfNameOrDomain() {
    assertThat(names(null, PartnerType.MSP, null, null)).containsExactly("Acme Cloud GmbH", "Globex");
    assertThat(names(null, null, "GOLD", "Glo%")).containsExactly("Globex");
    assertThat(names(null, null, null, "acme%")).containsExactlyInAnyOrder("Acme Cloud GmbH", "Acme_Labs");
    assertThat(names(Stage.RECRUIT, null, null, "globex.%")).containsExactly("Globex");
  }

  @Test
  void anEscapedWildcardMatchesOnlyItself() {
    assertThat(names(null, null, null, "Acme\\_%")).containsExactly("Acme_Labs");
  }

  @Test
  void pagesAreBounded() {
    var page = partners.search(null, null, null, null, PageRequest.of(1, 2, Sort.by("id")));

    assertThat(page.getTotalElements()).isEqualTo(3);
    assertThat(page.getContent()).extracting(Partner::getCompanyName).containsExactly("Globex");
  }

  private java.util.List<String> names(Stage stage, PartnerType type, String tier, String prefix) {
    return partners.search(stage, type, tier, prefix, PageRequest.of(0, 20, Sort.by("id"))).getContent().stream()
        .map(Partner::getCompanyName)
        .toList();
  }

  private void save(String name, PartnerType type, String domain, String tier) {
    Partner partner =
        new Partner(name, type, "DE", "https://" + domain, "Ada", "ada@" + domain, BigDecimal.TEN, 5, Instant.EPOCH);
    partner.recordCompanyDomain(domain, Instant.EPOCH);
    if (tier != null) {
      partner.changeTier(tier, Instant.EPOCH);
    }
    partners.saveAndFlush(partner);
  }
}
