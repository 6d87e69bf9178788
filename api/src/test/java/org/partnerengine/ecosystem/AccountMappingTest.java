package org.partnerengine.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Account mapping: what a partner shares, and what of the overlap each side gets to see. */
@PartnerEngineTest
class AccountMappingTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired SharedPopulations shared;

  @Test
  void everyCellIsTheIntersectionOfTheTwoListsOnGeneratedData() {
    long partnerId = partnerInOnboarding(http, "mapping-brute.example");
    Random random = new Random(21);
    List<String> universe = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      universe.add("account-" + i + ".com");
    }
    Map<AccountPopulation, Set<String>> vendor = new EnumMap<>(AccountPopulation.class);
    Map<AccountPopulation, Set<String>> partner = new EnumMap<>(AccountPopulation.class);
    for (AccountPopulation population : AccountPopulation.values()) {
      vendor.put(population, sample(universe, random));
      partner.put(population, sample(universe, random));
      // The partner's CRM spells its accounts as it likes: the matching must not care.
      List<String> exported = partner.get(population).stream().map(domain -> "https://WWW." + domain.toUpperCase() + "/").toList();
      shared.share(partnerId, population, SharingLevel.OVERLAPS, exported, "test");
    }
    VendorPopulations generated = new VendorPopulations(null) {
      @Override
      Set<String> accounts(AccountPopulation population) {
        return vendor.get(population);
      }
    };
    VendorSharing everythingShared = new VendorSharing(null, EcosystemSettings.defaults(), null) {
      @Override
      public List<OverlapMatrix.VendorSide> levels() {
        return java.util.Arrays.stream(AccountPopulation.values()).map(p -> new OverlapMatrix.VendorSide(p, SharingLevel.OVERLAPS)).toList();
      }
    };

    OverlapMatrix matrix = new AccountOverlaps(shared, generated, everythingShared).of(partnerId);

    assertThat(matrix.cells()).hasSize(9);
    for (OverlapMatrix.Cell cell : matrix.cells()) {
      Set<String> expected = new TreeSet<>(vendor.get(cell.vendorPopulation()));
      expected.retainAll(partner.get(cell.partnerPopulation()));
      assertThat(cell.overlapping()).as(cell.vendorPopulation() + " x " + cell.partnerPopulation()).isEqualTo(expected.size());
      assertThat(cell.accounts()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void atCountsNoAccountAppearsAndAHiddenListNeverLeaks() {
    long partnerId = partnerInOnboarding(http, "mapping-counts.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@mapping-counts.example");
    String prospect = "counted-prospect-" + partnerId + ".com";
    String hiddenProspect = "hidden-prospect-" + partnerId + ".de";
    for (String domain : List.of(prospect, hiddenProspect)) {
      ResponseEntity<JsonNode> lead = http.withBasicAuth("manager", "manager").postForEntity("/api/leads", json(lead(domain)), JsonNode.class);
      assertThat(lead.getStatusCode().value()).isIn(201, 202);
    }

    assertThat(put(partner, partnerId, "CUSTOMERS", "OVERLAPS", List.of("https://www." + prospect, "solo-" + partnerId + ".co.uk")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(put(partner, partnerId, "OPEN_OPPORTUNITIES", "HIDDEN", List.of(hiddenProspect)).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (TestRestTemplate reader : List.of(partner, http.withBasicAuth("manager", "manager"))) {
      ResponseEntity<String> raw = reader.getForEntity("/api/partners/" + partnerId + "/overlaps", String.class);
      assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
      // The vendor shares its prospects as counts by default: the overlap is counted, never named.
      assertThat(raw.getBody()).doesNotContain(prospect).doesNotContain(hiddenProspect).doesNotContain("solo-" + partnerId);
      JsonNode matrix = reader.getForObject("/api/partners/" + partnerId + "/overlaps", JsonNode.class);
      JsonNode counted = cell(matrix, "PROSPECTS", "CUSTOMERS");
      assertThat(counted.get("visibleAs").asText()).isEqualTo("COUNTS");
      assertThat(counted.get("overlapping").asInt()).isEqualTo(1);
      assertThat(counted.hasNonNull("accounts")).isFalse();
      JsonNode hidden = cell(matrix, "PROSPECTS", "OPEN_OPPORTUNITIES");
      assertThat(hidden.get("visibleAs").asText()).isEqualTo("HIDDEN");
      assertThat(hidden.hasNonNull("overlapping")).isFalse();
    }
  }

  @Test
  void aListWithOneUnreadableEntryIsRefusedWholeAndTheEarlierListStays() {
    long partnerId = partnerInOnboarding(http, "mapping-refused.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@mapping-refused.example");
    put(partner, partnerId, "PROSPECTS", "COUNTS", List.of("one.example.com", "two.example.org", "www.two.example.org"));

    ResponseEntity<JsonNode> refused = put(partner, partnerId, "PROSPECTS", "OVERLAPS", List.of("three.example.net", "co.uk", "10.0.0.1"));
    ResponseEntity<JsonNode> unknownPopulation = put(partner, partnerId, "COMPETITORS", "OVERLAPS", List.of("a.example.com"));
    ResponseEntity<JsonNode> noLevel = partner.exchange(
        "/api/partners/" + partnerId + "/populations/PROSPECTS", HttpMethod.PUT, (HttpEntity<?>) json(Map.of("accounts", List.of())), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("refused").findValuesAsText("entry")).containsExactly("co.uk", "10.0.0.1");
    assertThat(refused.getBody().get("refused").findValues("index")).extracting(JsonNode::asInt).containsExactly(1, 2);
    assertThat(unknownPopulation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode prospects = partner.getForObject("/api/partners/" + partnerId + "/populations", JsonNode.class).get(2);
    assertThat(prospects.get("population").asText()).isEqualTo("PROSPECTS");
    assertThat(prospects.get("sharingLevel").asText()).isEqualTo("COUNTS");
    assertThat(prospects.get("accounts").asInt()).isEqualTo(2);
  }

  private static JsonNode cell(JsonNode matrix, String vendorPopulation, String partnerPopulation) {
    for (JsonNode cell : matrix.get("cells")) {
      if (cell.get("vendorPopulation").asText().equals(vendorPopulation) && cell.get("partnerPopulation").asText().equals(partnerPopulation)) {
        return cell;
      }
    }
    throw new AssertionError("no cell " + vendorPopulation + " x " + partnerPopulation);
  }

  static ResponseEntity<JsonNode> put(TestRestTemplate client, long partnerId, String population, String level, List<String> domains) {
    return client.exchange(
        "/api/partners/" + partnerId + "/populations/" + population,
        HttpMethod.PUT,
        (HttpEntity<?>) json(Map.of("sharingLevel", level, "accounts", domains)),
        JsonNode.class);
  }

  private static Set<String> sample(List<String> universe, Random random) {
    Set<String> picked = new HashSet<>();
    for (String domain : universe) {
      if (random.nextInt(3) == 0) {
        picked.add(domain);
      }
    }
    return picked;
  }

  private static Map<String, Object> lead(String domain) {
    Map<String, Object> lead = new HashMap<>();
    lead.put("companyName", "Mapped Corp");
    lead.put("domain", domain);
    lead.put("country", "IS");
    lead.put("productInterest", "core-platform");
    lead.put("contactName", "Bea Buyer");
    lead.put("contactEmail", "buyer@" + domain);
    lead.put("source", "crm");
    return lead;
  }
}
