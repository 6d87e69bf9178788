package org.partnerengine.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PartnerEngineTest
// A fresh context for the classes after this one: on a warm one the lifecycle's first worker can
// update a new partner before PartnerApplications binds it (optimistic lock, 500), a recruitment race.
@DirtiesContext
class DealEndToEndTest {

  TestRestTemplate http;

  /** The API is used as a partner manager, who may act for any partner. */
  @Autowired
  void signInAsManager(TestRestTemplate anonymous) {
    http = anonymous.withBasicAuth("manager", "manager");
  }
  @Autowired Deals deals;
  @Autowired PartnerEvents events;
  @Autowired Partners partners;

  @Test
  void aPartnerRegistersADealThatIsApprovedAndThenReportsItWon() {
    long partnerId = newPartner();

    ResponseEntity<JsonNode> registered =
        http.postForEntity("/api/partners/" + partnerId + "/deals", json(deal("shop.example")), JsonNode.class);

    assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long dealId = registered.getBody().get("dealId").asLong();
    assertThat(registered.getBody().get("processInstanceKey").asLong()).isPositive();
    assertThat(registered.getBody().get("status").asText()).isEqualTo("REGISTERED");
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, dealId).equals("APPROVED"));

    ResponseEntity<Void> outcome =
        http.postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", 120_000)), Void.class);

    assertThat(outcome.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, dealId).equals("WON"));
    JsonNode view = http.getForObject("/api/partners/" + partnerId + "/deals", JsonNode.class).get(0);
    assertThat(view.get("outcomeAmount").decimalValue()).isEqualByComparingTo("120000");
    assertThat(view.get("customerDomain").asText()).isEqualTo("shop.example");
    ResponseEntity<JsonNode> again =
        http.postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "LOST")), JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theCrmsWinCountsAtOnceButOneFarAboveItsRegistrationWaitsForTheChannelWhoMayRefuseIt() {
    long partnerId = newPartner();
    TestRestTemplate crm = http.withBasicAuth("crm", "crm");
    long fair = http.postForObject("/api/partners/" + partnerId + "/deals", json(deal("fair.example")), JsonNode.class).get("dealId").asLong();
    long inflated = http.postForObject("/api/partners/" + partnerId + "/deals", json(deal("inflated.example")), JsonNode.class).get("dealId").asLong();
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, fair).equals("APPROVED") && status(partnerId, inflated).equals("APPROVED"));

    assertThat(crm.postForEntity("/api/deals/" + fair + "/outcome", json(Map.of("outcome", "WON", "amount", 90_000)), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    assertThat(crm.postForEntity("/api/deals/" + inflated + "/outcome", json(Map.of("outcome", "WON", "amount", 500_000)), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);

    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, fair).equals("WON"));
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, inflated).equals("WON_UNVERIFIED"));
    TestRestTemplate approver = http.withBasicAuth("approver", "approver");
    JsonNode task =
        await().atMost(Duration.ofSeconds(20))
            .until(
                () -> {
                  for (JsonNode t : approver.getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content")) {
                    if (t.path("elementId").asText().equals("Task_VerifyWonDeal")) {
                      return t;
                    }
                  }
                  return null;
                },
                t -> t != null);
    long taskId = task.get("id").asLong();
    approver.postForEntity("/api/tasks/" + taskId + "/claim", null, JsonNode.class);
    ResponseEntity<JsonNode> refused =
        approver.postForEntity("/api/tasks/" + taskId + "/complete", json(Map.of("variables", Map.of("confirmed", false, "comment", "the order is 50 000"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, inflated).equals("LOST"));
    assertThat(deals.require(inflated).getReason()).isEqualTo("Win not confirmed: the order is 50 000");
    assertThat(deals.require(fair).getOutcomeReporter()).isEqualTo(OutcomeReporter.CRM);
    assertThat(events.countByPartnerIdAndType(partnerId, "DEAL_WON_NOT_CONFIRMED")).isEqualTo(1);
  }

  @Test
  void aDollarDealWonShowsItsEuroAmountAtTheCloseDateRateAndACurrencyWithoutARateIsRefused() {
    long partnerId = newPartner();
    Map<String, Object> dollars = deal("dollars.example");
    dollars.put("currency", "USD");
    long dealId = http.postForObject("/api/partners/" + partnerId + "/deals", json(dollars), JsonNode.class).get("dealId").asLong();
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, dealId).equals("APPROVED"));

    http.postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", 11_600)), Void.class);

    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, dealId).equals("WON"));
    JsonNode view = http.getForObject("/api/partners/" + partnerId + "/deals", JsonNode.class).get(0);
    assertThat(view.get("currency").asText()).isEqualTo("USD");
    assertThat(view.get("programmeCurrency").asText()).isEqualTo("EUR");
    BigDecimal rate = view.get("fxRate").decimalValue();
    assertThat(rate).isBetween(new BigDecimal("0.5"), BigDecimal.ONE); // the bundled sample's dollar
    assertThat(view.get("programmeAmount").decimalValue())
        .isEqualByComparingTo(new BigDecimal("11600").multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(LocalDate.parse(view.get("fxRateDate").asText())).isBeforeOrEqualTo(LocalDate.parse(view.get("closedOn").asText()));

    Map<String, Object> reais = deal("reais.example");
    reais.put("currency", "BRL"); // ISO 4217, but the bundled rates have none
    ResponseEntity<JsonNode> refused = http.postForEntity("/api/partners/" + partnerId + "/deals", json(reais), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("currency");
  }

  @Test
  void aPartnerExtendsTheProtectionOnceAndASecondRequestIsRecordedAsRefused() {
    long partnerId = newPartner();
    long dealId =
        http.postForObject("/api/partners/" + partnerId + "/deals", json(deal("extend.example")), JsonNode.class).get("dealId").asLong();
    await().atMost(Duration.ofSeconds(20)).until(() -> status(partnerId, dealId).equals("APPROVED"));
    Instant protectedUntil = deals.findById(dealId).orElseThrow().getProtectedUntil();

    assertThat(http.postForEntity("/api/deals/" + dealId + "/extension", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(Duration.ofSeconds(20)).until(() -> deals.findById(dealId).orElseThrow().isProtectionExtended());
    assertThat(http.postForEntity("/api/deals/" + dealId + "/extension", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(Duration.ofSeconds(20)).until(() -> events.countByPartnerIdAndType(partnerId, "DEAL_EXTENSION_REFUSED") == 1);

    assertThat(deals.findById(dealId).orElseThrow().getProtectedUntil()).isEqualTo(protectedUntil.plus(Duration.ofDays(30)));
  }

  @Test
  void aSecondPartnersRegistrationForTheSameCustomerWaitsForTheChannel() {
    long first = newPartner();
    long second = newPartner();
    long held = http.postForObject("/api/partners/" + first + "/deals", json(deal("contested.example")), JsonNode.class).get("dealId").asLong();
    long challenger = http.postForObject("/api/partners/" + second + "/deals", json(deal("www.contested.example")), JsonNode.class).get("dealId").asLong();

    await().atMost(Duration.ofSeconds(20)).until(() -> Long.valueOf(held).equals(deals.findById(challenger).orElseThrow().getConflictingDealId()));
    await().atMost(Duration.ofSeconds(20)).until(() -> status(first, held).equals("APPROVED"));
    assertThat(status(second, challenger)).isEqualTo("REGISTERED");
  }

  @Test
  void badDealsAreA400NamingTheField() {
    long partnerId = newPartner();
    Map<String, Object> noDomain = deal("x.example");
    noDomain.put("customerDomain", "not a domain");
    Map<String, Object> noAmount = deal("x.example");
    noAmount.remove("amount");

    ResponseEntity<JsonNode> badDomain = http.postForEntity("/api/partners/" + partnerId + "/deals", json(noDomain), JsonNode.class);
    ResponseEntity<JsonNode> missingAmount = http.postForEntity("/api/partners/" + partnerId + "/deals", json(noAmount), JsonNode.class);
    ResponseEntity<JsonNode> badOutcome =
        http.postForEntity("/api/deals/1/outcome", json(Map.of("outcome", "MAYBE")), JsonNode.class);

    assertThat(badDomain.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDomain.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(badDomain.getBody().at("/errors/0/field").asText()).isEqualTo("customerDomain");
    assertThat(missingAmount.getBody().at("/errors/0/field").asText()).isEqualTo("amount");
    assertThat(badOutcome.getBody().at("/errors/0/field").asText()).isEqualTo("outcome");
    assertThat(http.postForEntity("/api/deals/999999/extension", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anMdfRequestIsAcceptedListedAndCannotBeClaimedBeforeItIsReserved() {
    long partnerId = newPartner();
    Map<String, Object> request =
        Map.of("activity", "Joint webinar", "amount", 3_000, "plannedDate", LocalDate.now().plusDays(30).toString());

    ResponseEntity<JsonNode> accepted = http.postForEntity("/api/partners/" + partnerId + "/mdf-requests", json(request), JsonNode.class);

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    long requestId = accepted.getBody().get("mdfRequestId").asLong();
    JsonNode listed = http.getForObject("/api/partners/" + partnerId + "/mdf-requests", JsonNode.class).get(0);
    assertThat(listed.get("mdfRequestId").asLong()).isEqualTo(requestId);
    assertThat(listed.get("tier").asText()).isEqualTo("REGISTERED");
    ResponseEntity<JsonNode> early =
        http.postForEntity(
            "/api/mdf-requests/" + requestId + "/claims", json(Map.of("proofOfPerformance", "https://acme.de/report", "amountClaimed", 100)), JsonNode.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> past =
        http.postForEntity(
            "/api/partners/" + partnerId + "/mdf-requests",
            json(Map.of("activity", "Trade fair", "amount", 100, "plannedDate", "2020-01-01")),
            JsonNode.class);
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getBody().at("/errors/0/field").asText()).isEqualTo("plannedDate");
  }

  private String status(long partnerId, long dealId) {
    for (JsonNode deal : http.getForObject("/api/partners/" + partnerId + "/deals", JsonNode.class)) {
      if (deal.get("dealId").asLong() == dealId) {
        return deal.get("status").asText();
      }
    }
    throw new AssertionError("deal " + dealId + " not listed");
  }

  private static Map<String, Object> deal(String domain) {
    return new HashMap<>(
        Map.of(
            "customerName", "Shop Ltd",
            "customerDomain", domain,
            "amount", 80_000,
            "expectedCloseDate", LocalDate.now().plusMonths(3).toString()));
  }

  /**
   * A partner stored directly: these tests are about deals, and an application would also start
   * a lifecycle racing to update the same partner.
   */
  /** An active partner, stored directly: these tests are about deals, not the lifecycle before them. */
  private long newPartner() {
    Partner partner =
        new Partner("Acme Cloud GmbH", PartnerType.SYSTEM_INTEGRATOR, "DE", "https://acme-cloud.de", "Ada Lovelace", "ada@acme-cloud.de",
            new BigDecimal("2500000"), 40, Instant.now());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }
}
