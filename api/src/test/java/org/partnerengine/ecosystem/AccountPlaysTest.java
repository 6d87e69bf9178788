package org.partnerengine.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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
 * From an overlap to a play the partner answers, on the embedded engine: a prospect of the vendor
 * that is the partner's customer becomes one introduction request, however often it is found.
 */
@PartnerEngineTest
class AccountPlaysTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final List<Map<String, Object>> PLAY_TABLE = List.of(
      Map.of("vendorPopulation", "PROSPECTS", "partnerPopulation", "CUSTOMERS", "play", "ASK_FOR_INTRODUCTION"),
      Map.of("vendorPopulation", "PROSPECTS", "partnerPopulation", "PROSPECTS", "play", "NONE"));

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired EcosystemWorkers workers;
  @Autowired AccountPlays plays;

  @AfterEach
  void vendorBackToCounts() {
    vendorSharing("PROSPECTS", "COUNTS");
  }

  @Test
  void aSharedOverlapBecomesOneIntroductionRequestThatOnlyItsPartnerAnswersOnce() {
    long partnerId = partnerInOnboarding(http, "plays-intro.example");
    long rivalId = partnerInOnboarding(http, "plays-rival.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@plays-intro.example");
    TestRestTemplate rival = portalUser(http, accounts, notifications, rivalId, "ada@plays-rival.example");
    String account = "intro-target-" + partnerId + ".com";
    String prospectOnly = "prospect-only-" + partnerId + ".com";
    lead(account);
    lead(prospectOnly);
    share(partner, partnerId, "CUSTOMERS", List.of(account, "not-a-prospect-" + partnerId + ".com"));
    share(partner, partnerId, "PROSPECTS", List.of(prospectOnly));

    // While the vendor shares its prospects as counts only, a play would name one: none is raised.
    workers.raisePlays(partnerId, PLAY_TABLE);
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/plays", JsonNode.class)).isEmpty();

    vendorSharing("PROSPECTS", "OVERLAPS");
    workers.raisePlays(partnerId, PLAY_TABLE);
    workers.raisePlays(partnerId, PLAY_TABLE);
    assertThat(plays.of(partnerId)).as("found twice, raised once").hasSize(1);
    assertThat(plays.unstarted(partnerId)).isEmpty();

    JsonNode offered = await().atMost(WAIT).until(
        () -> partner.getForObject("/api/partners/" + partnerId + "/plays", JsonNode.class),
        list -> list.size() == 1 && list.get(0).get("status").asText().equals("OFFERED"));
    JsonNode play = offered.get(0);
    assertThat(play.get("domain").asText()).isEqualTo(account);
    assertThat(play.get("play").asText()).isEqualTo("ASK_FOR_INTRODUCTION");
    assertThat(play.get("expiresAt").asText()).isNotBlank();
    long playId = play.get("playId").asLong();
    String answer = "/api/partners/" + partnerId + "/plays/" + playId + "/answer";

    assertThat(rival.postForEntity("/api/partners/" + rivalId + "/plays/" + playId + "/answer", json(Map.of("accepted", false)), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rival.postForEntity(answer, json(Map.of("accepted", false)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("manager", "manager").postForEntity(answer, json(Map.of("accepted", true)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(partner.postForEntity(answer, json(Map.of()), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<JsonNode> accepted = partner.postForEntity(answer, json(Map.of("accepted", true, "note", "I know their CTO")), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(accepted.getBody().get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(partner.postForEntity(answer, json(Map.of("accepted", false)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    await().atMost(WAIT).until(() -> plays.unstarted(partnerId).isEmpty());
    long instanceKey = jdbcInstanceOf(playId);
    await().atMost(WAIT).until(
        () -> http.withBasicAuth("manager", "manager").getForObject("/api/process-instances/" + instanceKey, JsonNode.class),
        instance -> instance.path("state").asText().equals("COMPLETED") && instance.path("completedElementIds").toString().contains("EndEvent_Answered"));
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/plays", JsonNode.class).get(0).get("answerNote").asText())
        .isEqualTo("I know their CTO");

    // The introduction leads to a deal, registered by whoever sells it: the next round links it.
    long seller = activePartner("intro-seller-" + partnerId + ".example");
    long dealId = dealRegistrations.register(
        seller,
        new org.partnerengine.deals.DealRegistration(
            "Intro Target", "https://shop." + account, new java.math.BigDecimal("42000"), "EUR", java.time.LocalDate.now().plusMonths(2)))
        .dealId();
    workers.raisePlays(partnerId, PLAY_TABLE);
    workers.raisePlays(partnerId, PLAY_TABLE);
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/plays", JsonNode.class).get(0).get("influencedDealId").asLong())
        .isEqualTo(dealId);
  }

  @Autowired org.partnerengine.deals.DealRegistrations dealRegistrations;
  @Autowired org.partnerengine.partner.Partners partners;

  /** An active partner, stored directly: it sells the deal the introduction led to. */
  private long activePartner(String domain) {
    var partner = new org.partnerengine.partner.Partner("Seller of " + domain, org.partnerengine.partner.PartnerType.RESELLER, "DE",
        "https://" + domain, "Sam Seller", "sam@" + domain, new java.math.BigDecimal("2500000"), 40, java.time.Instant.now());
    for (var stage : new org.partnerengine.partner.Stage[] {
        org.partnerengine.partner.Stage.ONBOARD, org.partnerengine.partner.Stage.ENABLE,
        org.partnerengine.partner.Stage.CERTIFY, org.partnerengine.partner.Stage.ACTIVE}) {
      partner.enterStage(stage, java.time.Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }

  @Test
  void theBestPartnersForAnAccountAreThoseThatShareItAsAnAccountClosestRelationshipFirst() {
    long customerOf = partnerInOnboarding(http, "ranking-customer.example");
    long prospectOf = partnerInOnboarding(http, "ranking-prospect.example");
    long countsOnly = partnerInOnboarding(http, "ranking-counts.example");
    String account = "ranked-account-" + customerOf + ".com";
    lead(account);
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    shareAs(customerOf, "CUSTOMERS", "OVERLAPS", account);
    shareAs(prospectOf, "PROSPECTS", "OVERLAPS", "https://www." + account + "/about");
    shareAs(countsOnly, "CUSTOMERS", "COUNTS", account);
    String ranking = "/api/ecosystem/account-partners?account=" + account;

    assertThat(manager.getForObject(ranking, JsonNode.class).get("partners")).as("the vendor shares its prospects as counts").isEmpty();

    vendorSharing("PROSPECTS", "OVERLAPS");
    JsonNode ranked = manager.getForObject(ranking, JsonNode.class);

    assertThat(ranked.get("domain").asText()).isEqualTo(account);
    assertThat(ranked.get("partners").findValues("partnerId")).extracting(JsonNode::asLong).containsExactly(customerOf, prospectOf);
    assertThat(ranked.get("partners").get(0).get("reasons").get(0).asText()).isEqualTo("The account is the partner's customer");
    assertThat(ranked.get("partners").get(1).get("score").asInt()).isLessThan(ranked.get("partners").get(0).get("score").asInt());
    assertThat(manager.getForEntity("/api/ecosystem/account-partners?account=10.0.0.1", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** A manager loads a partner's list at the level the partner chose. */
  private void shareAs(long partnerId, String population, String level, String account) {
    assertThat(AccountMappingTest.put(http.withBasicAuth("manager", "manager"), partnerId, population, level, List.of(account)).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private long jdbcInstanceOf(long playId) {
    return jdbc.queryForObject("select process_instance_key from account_play where id = ?", Long.class, playId);
  }

  private void vendorSharing(String population, String level) {
    ResponseEntity<JsonNode> set = http.withBasicAuth("manager", "manager").exchange(
        "/api/ecosystem/vendor-sharing/" + population, HttpMethod.PUT, (HttpEntity<?>) json(Map.of("sharingLevel", level)), JsonNode.class);
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void share(TestRestTemplate partner, long partnerId, String population, List<String> domains) {
    assertThat(AccountMappingTest.put(partner, partnerId, population, "OVERLAPS", domains).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private void lead(String domain) {
    Map<String, Object> lead = new HashMap<>();
    lead.put("companyName", "Intro Corp");
    lead.put("domain", domain);
    lead.put("country", "IS");
    lead.put("productInterest", "core-platform");
    lead.put("contactName", "Bea Buyer");
    lead.put("contactEmail", "buyer@" + domain);
    lead.put("source", "crm");
    assertThat(http.withBasicAuth("manager", "manager").postForEntity("/api/leads", json(lead), JsonNode.class).getStatusCode().value())
        .isIn(201, 202);
  }
}
