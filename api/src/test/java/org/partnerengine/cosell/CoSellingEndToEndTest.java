package org.partnerengine.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.ActivePartners;
import org.partnerengine.AgreementSigning;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.deals.Deals;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.Partners;
import org.partnerengine.tiering.TierFactsSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Co-selling through the API: a partner asks direct sales for help and gets its answer; a deal's
 * revenue is split with a partner that co-sold it once the owner and a channel approver accept,
 * and from then on each partner's revenue figures carry its share.
 */
@PartnerEngineTest
class CoSellingEndToEndTest {

  @Autowired TestRestTemplate http;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired TierFactsSource tierFacts;
  @Autowired Deals deals;

  @Test
  void aPartnerAsksForHelpAndDirectSalesOfItsTerritoryAnswers() {
    long partnerId = ActivePartners.store(partners, "cosell-help", "MT");
    TestRestTemplate owner = AgreementSigning.portalUser(http, accounts, notifications, partnerId, "owner@cosell-help.example");
    long dealId = approvedDeal(partnerId, "help-customer.example");

    ResponseEntity<JsonNode> asked = owner.postForEntity("/api/deals/" + dealId + "/co-sell",
        json(Map.of("help", "TECHNICAL_PRESALES", "details", "A demo of the API for their architects", "neededBy", LocalDate.now().plusDays(10).toString())),
        JsonNode.class);

    assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long requestId = asked.getBody().get("id").asLong();
    assertThat(asked.getBody().get("directSalesGroup").asText()).isEqualTo("direct-sales");
    assertThat(asked.getBody().get("status").asText()).isEqualTo("OPEN");
    ResponseEntity<JsonNode> second = owner.postForEntity("/api/deals/" + dealId + "/co-sell",
        json(Map.of("help", "EXECUTIVE_SPONSOR", "neededBy", LocalDate.now().plusDays(3).toString())), JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    TestRestTemplate sales = http.withBasicAuth("sales", "sales");
    JsonNode task = taskAt(sales, partnerId, "Task_AnswerCoSell");
    assertThat(task.path("candidateGroups").toString()).contains("direct-sales");
    assertThat(task.path("subject").path("type").asText()).isEqualTo("co-sell-request");
    JsonNode shown = sales.getForObject("/api/co-sell-requests/" + requestId, JsonNode.class);
    assertThat(shown.get("customerName").asText()).isEqualTo("Help Customer");
    complete(sales, task, Map.of("coSellAccepted", true, "coSellNote", "Anna from presales joins on Tuesday"));

    await().atMost(Duration.ofSeconds(20)).until(
        () -> owner.getForObject("/api/deals/" + dealId + "/co-sell", JsonNode.class).get(0).get("status").asText().equals("ACCEPTED"));
    JsonNode answered = owner.getForObject("/api/deals/" + dealId + "/co-sell", JsonNode.class).get(0);
    assertThat(answered.get("answeredBy").asText()).isEqualTo("sales");
    assertThat(answered.get("answerNote").asText()).isEqualTo("Anna from presales joins on Tuesday");
    assertThat(events.countByPartnerIdAndType(partnerId, "CO_SELL_ACCEPTED")).isEqualTo(1);
    ResponseEntity<JsonNode> again = owner.postForEntity("/api/deals/" + dealId + "/co-sell",
        json(Map.of("help", "EXECUTIVE_SPONSOR", "neededBy", LocalDate.now().plusDays(3).toString())), JsonNode.class);
    assertThat(again.getStatusCode()).as("the first request is answered: the next may be asked").isEqualTo(HttpStatus.ACCEPTED);
  }

  @Test
  void aTerritoryThatNamesItsDirectSalesGroupGetsTheRequest() {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    ResponseEntity<JsonNode> territory = manager.postForEntity("/api/territories",
        json(Map.of("name", "Cyprus co-selling", "areas", List.of(Map.of("country", "CY")), "directSalesGroup", "direct-sales-cyprus")),
        JsonNode.class);
    assertThat(territory.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(territory.getBody().get("directSalesGroup").asText()).isEqualTo("direct-sales-cyprus");
    long partnerId = ActivePartners.store(partners, "cosell-cyprus", "CY");
    long dealId = approvedDeal(partnerId, "cyprus-customer.example");

    JsonNode asked = manager.postForObject("/api/deals/" + dealId + "/co-sell",
        json(Map.of("help", "PRICING_APPROVAL", "neededBy", LocalDate.now().plusDays(5).toString())), JsonNode.class);

    assertThat(asked.get("directSalesGroup").asText()).isEqualTo("direct-sales-cyprus");
    JsonNode task = taskAt(manager, partnerId, "Task_AnswerCoSell");
    assertThat(task.path("candidateGroups").toString()).contains("direct-sales-cyprus").doesNotContain("\"direct-sales\"");
  }

  @Test
  void anApprovedSplitMovesTheCoSellersShareOfTheWonRevenueToIt() {
    long ownerId = ActivePartners.store(partners, "split-owner", "MT");
    long fulfillerId = ActivePartners.store(partners, "split-fulfiller", "MT");
    TestRestTemplate owner = AgreementSigning.portalUser(http, accounts, notifications, ownerId, "owner@split-owner.example");
    long dealId = approvedDeal(ownerId, "split-customer.example");
    http.withBasicAuth("crm", "crm").postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", 100_000)), Void.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> dealStatus(dealId).equals("WON"));
    assertThat(won90Days(ownerId)).isEqualByComparingTo("100000");

    ResponseEntity<JsonNode> proposed = owner.postForEntity("/api/deals/" + dealId + "/splits",
        json(Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", fulfillerId, "role", "FULFILLING", "sharePercent", 40)))),
        JsonNode.class);

    assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(proposed.getBody().get("status").asText()).as("the owner's own proposal is its acceptance").isEqualTo("OWNER_ACCEPTED");
    long splitId = proposed.getBody().get("id").asLong();
    assertThat(won90Days(ownerId)).as("nothing moves before the channel approves").isEqualByComparingTo("100000");

    TestRestTemplate approver = http.withBasicAuth("approver", "approver");
    JsonNode task = taskAt(approver, ownerId, "Task_ApproveSplit");
    complete(approver, task, Map.of("splitApproved", true));

    await().atMost(Duration.ofSeconds(20)).until(
        () -> approver.getForObject("/api/deal-splits/" + splitId, JsonNode.class).get("status").asText().equals("APPROVED"));
    assertThat(won90Days(ownerId)).isEqualByComparingTo("60000");
    assertThat(won90Days(fulfillerId)).isEqualByComparingTo("40000");
    java.time.Instant now = java.time.Instant.now();
    assertThat(tierFacts.wonRevenue(fulfillerId, now.minus(Duration.ofDays(1)), now.plusSeconds(60)))
        .as("tier reviews and rebates read the same credit").isEqualByComparingTo("40000");
    assertThat(approver.getForObject("/api/deal-splits/" + splitId, JsonNode.class).get("decidedBy").asText()).isEqualTo("approver");
    assertThat(events.countByPartnerIdAndType(fulfillerId, "REVENUE_SPLIT_APPROVED")).isEqualTo(1);
  }

  @Test
  void aManagersSplitWaitsForTheOwnerWhoMayDeclineIt() {
    long ownerId = ActivePartners.store(partners, "split-declines", "MT");
    long sourcerId = ActivePartners.store(partners, "split-sourcer", "MT");
    TestRestTemplate owner = AgreementSigning.portalUser(http, accounts, notifications, ownerId, "owner@split-declines.example");
    long dealId = approvedDeal(ownerId, "declined-split.example");
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");

    JsonNode proposed = manager.postForObject("/api/deals/" + dealId + "/splits",
        json(Map.of("ownerSharePercent", 70, "coSellers", List.of(Map.of("partnerId", sourcerId, "role", "SOURCED", "sharePercent", 30)))),
        JsonNode.class);
    assertThat(proposed.get("status").asText()).isEqualTo("PROPOSED");
    long splitId = proposed.get("id").asLong();

    ResponseEntity<JsonNode> declined = owner.postForEntity("/api/deal-splits/" + splitId + "/answer", json(Map.of("accepted", false)), JsonNode.class);

    assertThat(declined.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(declined.getBody().get("status").asText()).isEqualTo("OWNER_DECLINED");
    ResponseEntity<JsonNode> twice = owner.postForEntity("/api/deal-splits/" + splitId + "/answer", json(Map.of("accepted", true)), JsonNode.class);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> next = manager.postForEntity("/api/deals/" + dealId + "/splits",
        json(Map.of("ownerSharePercent", 80, "coSellers", List.of(Map.of("partnerId", sourcerId, "role", "SOURCED", "sharePercent", 20)))),
        JsonNode.class);
    assertThat(next.getStatusCode()).as("a declined split no longer blocks the next proposal").isEqualTo(HttpStatus.ACCEPTED);
  }

  private long approvedDeal(long partnerId, String domain) {
    TestRestTemplate manager = http.withBasicAuth("manager", "manager");
    String name = domain.substring(0, domain.indexOf('.'));
    String customer = java.util.Arrays.stream(name.split("-")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
        .collect(java.util.stream.Collectors.joining(" "));
    long dealId = manager.postForObject("/api/partners/" + partnerId + "/deals",
        json(Map.of("customerName", customer, "customerDomain", domain, "amount", 100_000,
            "expectedCloseDate", LocalDate.now().plusMonths(2).toString())),
        JsonNode.class).get("dealId").asLong();
    await().atMost(Duration.ofSeconds(20)).until(() -> dealStatus(dealId).equals("APPROVED"));
    return dealId;
  }

  private String dealStatus(long dealId) {
    return deals.require(dealId).getStatus().name();
  }

  private BigDecimal won90Days(long partnerId) {
    return http.withBasicAuth("manager", "manager").getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class)
        .at("/last90Days/wonRevenue").decimalValue();
  }

  private static JsonNode taskAt(TestRestTemplate client, long partnerId, String elementId) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> {
      for (JsonNode t : client.getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content")) {
        if (t.path("elementId").asText().equals(elementId)) {
          return t;
        }
      }
      return null;
    }, t -> t != null);
  }

  private static void complete(TestRestTemplate client, JsonNode task, Map<String, Object> variables) {
    long taskId = task.get("id").asLong();
    assertThat(client.postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> completed = client.postForEntity("/api/tasks/" + taskId + "/complete", json(Map.of("variables", variables)), JsonNode.class);
    assertThat(completed.getStatusCode()).as(String.valueOf(completed.getBody())).isEqualTo(HttpStatus.OK);
  }
}
