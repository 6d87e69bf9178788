package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.ActivePartners;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.cosell.DealSplits;
import org.partnerengine.deals.Deals;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on co-selling: reaching another partner's deal, booking revenue to itself or a friend
 * without the channel, answering for the owner, and malformed shares and dates.
 */
@PartnerEngineTest
class SecurityAttackCoSellingTest {

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired Deals deals;
  @Autowired DealSplits splits;

  @Test
  void aPartnerCannotReachAnotherPartnersDealNorAnswerForItsOwner() {
    long victim = ActivePartners.store(partners, "cosell-victim", "MT");
    long attacker = ActivePartners.store(partners, "cosell-attacker", "MT");
    TestRestTemplate eve = portalUser(http, accounts, notifications, attacker, "eve@cosell-attacker.example");
    long dealId = approvedDeal(victim, "victim-customer.example");
    JsonNode split = manager().postForObject("/api/deals/" + dealId + "/splits", json(Map.of("ownerSharePercent", 90,
        "coSellers", List.of(Map.of("partnerId", attacker, "role", "INFLUENCED", "sharePercent", 10)))), JsonNode.class);
    long splitId = split.get("id").asLong();

    assertThat(eve.postForEntity("/api/deals/" + dealId + "/co-sell", json(help(5)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(eve.getForEntity("/api/deals/" + dealId + "/co-sell", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(eve.getForEntity("/api/deals/" + dealId + "/splits", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(eve.postForEntity("/api/deals/" + dealId + "/splits", json(Map.of("ownerSharePercent", 0,
        "coSellers", List.of(Map.of("partnerId", attacker, "role", "SOURCED", "sharePercent", 100)))), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // Named in the split, it may read it, but the owner's answer is the owner's.
    assertThat(eve.getForEntity("/api/deal-splits/" + splitId, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(eve.postForEntity("/api/deal-splits/" + splitId + "/answer", json(Map.of("accepted", true)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(splits.require(splitId).getStatus().name()).isEqualTo("PROPOSED");
    // Staff answer nothing for the owner either, and no partner decides a split.
    assertThat(manager().postForEntity("/api/deal-splits/" + splitId + "/answer", json(Map.of("accepted", true)), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(eve.getForEntity("/api/tasks", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSplitThatWouldBookRevenueItShouldNotIsRefusedAndNothingIsStored() {
    long owner = ActivePartners.store(partners, "cosell-greedy", "MT");
    long friend = ActivePartners.store(partners, "cosell-friend", "MT");
    long applicant = ActivePartners.store(partners, "cosell-applicant", "MT");
    partners.findById(applicant).ifPresent(p -> {
      p.enterStage(org.partnerengine.partner.Stage.OFFBOARDED, java.time.Instant.now());
      partners.saveAndFlush(p);
    });
    TestRestTemplate greedy = portalUser(http, accounts, notifications, owner, "owner@cosell-greedy.example");
    long dealId = approvedDeal(owner, "greedy-customer.example");

    List<Map<String, Object>> bad = List.of(
        Map.of("ownerSharePercent", 50, "coSellers", List.of(Map.of("partnerId", owner, "role", "SOURCED", "sharePercent", 50))),
        Map.of("ownerSharePercent", 80, "coSellers", List.of(Map.of("partnerId", friend, "role", "SOURCED", "sharePercent", 40))),
        Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", friend, "role", "OWNER", "sharePercent", 40))),
        Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", applicant, "role", "FULFILLING", "sharePercent", 40))),
        Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", 999_999_999, "role", "FULFILLING", "sharePercent", 40))),
        Map.of("ownerSharePercent", 60, "coSellers", List.of(
            Map.of("partnerId", friend, "role", "FULFILLING", "sharePercent", 20), Map.of("partnerId", friend, "role", "SOURCED", "sharePercent", 20))),
        Map.of("ownerSharePercent", 59.999, "coSellers", List.of(Map.of("partnerId", friend, "role", "FULFILLING", "sharePercent", 40.001))),
        Map.of("ownerSharePercent", -10, "coSellers", List.of(Map.of("partnerId", friend, "role", "FULFILLING", "sharePercent", 110))),
        Map.of("ownerSharePercent", 100, "coSellers", List.of()),
        Map.of("ownerSharePercent", "sixty", "coSellers", List.of(Map.of("partnerId", friend, "role", "FULFILLING", "sharePercent", 40))),
        Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", friend, "role", "BOSS", "sharePercent", 40))));
    for (Map<String, Object> proposal : bad) {
      ResponseEntity<JsonNode> refused = greedy.postForEntity("/api/deals/" + dealId + "/splits", json(proposal), JsonNode.class);
      assertThat(refused.getStatusCode()).as(proposal.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
    }
    assertThat(splits.findByDealIdOrderByIdDesc(dealId)).isEmpty();

    // A fair split from the owner is only its acceptance: the channel still decides.
    JsonNode proposed = greedy.postForObject("/api/deals/" + dealId + "/splits", json(Map.of("ownerSharePercent", 60,
        "coSellers", List.of(Map.of("partnerId", friend, "role", "FULFILLING", "sharePercent", 40)))), JsonNode.class);
    assertThat(proposed.get("status").asText()).isEqualTo("OWNER_ACCEPTED");
    assertThat(greedy.postForEntity("/api/deal-splits/" + proposed.get("id").asLong() + "/answer", json(Map.of("accepted", true)), JsonNode.class)
        .getStatusCode()).as("its answer was its proposal").isEqualTo(HttpStatus.CONFLICT);
    assertThat(greedy.postForEntity("/api/deals/" + dealId + "/splits", json(Map.of("ownerSharePercent", 50,
        "coSellers", List.of(Map.of("partnerId", friend, "role", "FULFILLING", "sharePercent", 50)))), JsonNode.class).getStatusCode())
        .as("one split under decision at a time").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aHelpRequestWithABadDateOrKindIsRefused() {
    long owner = ActivePartners.store(partners, "cosell-dates", "MT");
    TestRestTemplate partner = portalUser(http, accounts, notifications, owner, "owner@cosell-dates.example");
    long dealId = approvedDeal(owner, "dates-customer.example");

    for (Map<String, ?> request : List.<Map<String, ?>>of(
        help(-1),
        Map.of("help", "FREE_LUNCH", "neededBy", LocalDate.now().plusDays(3).toString()),
        Map.of("help", "OTHER", "neededBy", "tomorrow"),
        Map.of("help", "OTHER"),
        Map.of("help", "OTHER", "neededBy", LocalDate.now().plusDays(3).toString(), "details", "x".repeat(2001)))) {
      ResponseEntity<JsonNode> refused = partner.postForEntity("/api/deals/" + dealId + "/co-sell", json(request), JsonNode.class);
      assertThat(refused.getStatusCode()).as(request.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(partner.getForObject("/api/deals/" + dealId + "/co-sell", JsonNode.class)).isEmpty();
  }

  private static Map<String, ?> help(int days) {
    return Map.of("help", "TECHNICAL_PRESALES", "neededBy", LocalDate.now().plusDays(days).toString());
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }

  private long approvedDeal(long partnerId, String domain) {
    long dealId = manager().postForObject("/api/partners/" + partnerId + "/deals",
        json(Map.of("customerName", "Customer " + domain, "customerDomain", domain, "amount", 50_000,
            "expectedCloseDate", LocalDate.now().plusMonths(2).toString())),
        JsonNode.class).get("dealId").asLong();
    await().atMost(Duration.ofSeconds(20)).until(() -> deals.require(dealId).getStatus().name().equals("APPROVED"));
    return dealId;
  }
}
