package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

/**
 * Account mapping under attack: a partner reaching for another partner's lists or overlaps, writing
 * another partner's list, fishing for the vendor's accounts with an oversized list, and staff
 * without the right role sharing for a partner. Nothing of the attacked partner changes.
 */
@PartnerEngineTest
class SecurityAttackEcosystemTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;

  @Test
  void aPartnerNeitherReadsNorWritesAnotherPartnersAccountsAndCannotFishWithTheMarket() {
    long victim = partnerInOnboarding(http, "mapping-victim.example");
    long attacker = partnerInOnboarding(http, "mapping-attacker.example");
    TestRestTemplate victimUser = portalUser(http, accounts, notifications, victim, "ada@mapping-victim.example");
    TestRestTemplate attackerUser = portalUser(http, accounts, notifications, attacker, "ada@mapping-attacker.example");
    String secret = "victim-customer-" + victim + ".com";
    assertThat(put(victimUser, victim, "CUSTOMERS", List.of(secret)).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(attackerUser.getForEntity("/api/partners/" + victim + "/populations", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> overlaps = attackerUser.getForEntity("/api/partners/" + victim + "/overlaps", String.class);
    assertThat(overlaps.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(overlaps.getBody()).doesNotContain(secret);
    assertThat(put(attackerUser, victim, "CUSTOMERS", List.of("attacker-planted.com")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(put(http.withBasicAuth("approver", "approver"), victim, "CUSTOMERS", List.of("approver.com")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put(http.withBasicAuth("crm", "crm"), victim, "CUSTOMERS", List.of("crm.com")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    List<String> wholeMarket = IntStream.range(0, 5_001).mapToObj(i -> "m" + i + ".com").toList();
    ResponseEntity<JsonNode> fishing = put(attackerUser, attacker, "PROSPECTS", wholeMarket);
    assertThat(fishing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(attackerUser.getForObject("/api/partners/" + attacker + "/populations", JsonNode.class).findValues("accounts"))
        .extracting(JsonNode::asInt).containsOnly(0);

    JsonNode victimLists = victimUser.getForObject("/api/partners/" + victim + "/populations", JsonNode.class);
    assertThat(victimLists.get(0).get("accounts").asInt()).isEqualTo(1);
    assertThat(victimLists.get(0).get("sharedBy").asText()).isEqualTo("ada@mapping-victim.example");
  }

  private static ResponseEntity<JsonNode> put(TestRestTemplate client, long partnerId, String population, List<String> domains) {
    return client.exchange(
        "/api/partners/" + partnerId + "/populations/" + population,
        HttpMethod.PUT,
        (HttpEntity<?>) json(Map.of("sharingLevel", "OVERLAPS", "accounts", domains)),
        JsonNode.class);
  }
}
