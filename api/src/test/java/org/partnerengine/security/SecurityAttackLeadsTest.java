package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Leads on the whole app and the embedded engine: a lead handed in reaches the one partner it is
 * offered to, masked until that partner opens it; no other partner sees, opens or answers it, a
 * partner cannot hand leads in or read how they were routed, and an answer after the first is not
 * taken.
 */
@PartnerEngineTest
class SecurityAttackLeadsTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String PASSWORD = "correct horse 42";

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;

  @Test
  void aLeadFromTheCrmReachesOnlyThePartnerItIsOfferedToWhoOpensAndAcceptsIt() {
    long offeredTo = activePartner("lead-owner");
    long rival = activePartner("lead-rival");
    TestRestTemplate owner = portalUser(offeredTo, "lead-owner");
    TestRestTemplate other = portalUser(rival, "lead-rival");
    cover(offeredTo, territory("LU"), 5);

    HttpHeaders key = new HttpHeaders();
    key.setContentType(MediaType.APPLICATION_JSON);
    key.set("Idempotency-Key", "crm-lead-1");
    Map<String, Object> body = lead("luxcorp.example", "LU");
    ResponseEntity<JsonNode> received = as("crm").postForEntity("/api/leads", new HttpEntity<>(body, key), JsonNode.class);
    ResponseEntity<JsonNode> replayed = as("crm").postForEntity("/api/leads", new HttpEntity<>(body, key), JsonNode.class);
    assertThat(received.getStatusCode().value()).isIn(201, 202);
    long leadId = received.getBody().get("leadId").asLong();
    assertThat(replayed.getBody().get("leadId").asLong()).isEqualTo(leadId);
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("companyName", "Someone else");
    assertThat(as("crm").postForEntity("/api/leads", new HttpEntity<>(changed, key), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

    JsonNode offered =
        await().atMost(WAIT).until(() -> owner.getForObject("/api/partners/" + offeredTo + "/leads", JsonNode.class).path("content"), c -> c.size() == 1)
            .get(0);
    assertThat(offered.get("leadId").asLong()).isEqualTo(leadId);
    assertThat(offered.get("masked").asBoolean()).isTrue();
    assertThat(offered.hasNonNull("companyName")).isFalse();
    assertThat(offered.hasNonNull("contactEmail")).isFalse();
    assertThat(offered.get("productInterest").asText()).isEqualTo("core-platform");

    // The rival partner: not its list, not its lead, whatever it tries.
    assertThat(other.getForEntity("/api/partners/" + offeredTo + "/leads", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getForObject("/api/partners/" + rival + "/leads", JsonNode.class).path("content").size()).isZero();
    for (String action : List.of("open", "accept")) {
      ResponseEntity<JsonNode> refused = other.postForEntity("/api/leads/" + leadId + "/" + action, null, JsonNode.class);
      assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(other.postForEntity("/api/leads/" + leadId + "/decline", json(Map.of("reason", "SPAM")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getForEntity("/api/leads/" + leadId + "/routing", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getForEntity("/api/leads", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    JsonNode opened = owner.postForObject("/api/leads/" + leadId + "/open", null, JsonNode.class);
    assertThat(opened.get("masked").asBoolean()).isFalse();
    assertThat(opened.get("companyName").asText()).isEqualTo("Lux Corp");
    assertThat(opened.get("contactEmail").asText()).isEqualTo("buyer@luxcorp.example");
    assertThat(owner.postForEntity("/api/leads/" + leadId + "/accept", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    JsonNode routing =
        await().atMost(WAIT).until(() -> as("manager").getForObject("/api/leads/" + leadId + "/routing", JsonNode.class), r -> r.get("status").asText().equals("ACCEPTED"));
    assertThat(routing.get("rule").asText()).isEqualTo("OPEN_LEAD");
    assertThat(routing.get("partnerId").asLong()).isEqualTo(offeredTo);
    JsonNode round = routing.get("rounds").get(0);
    assertThat(round.get("offer").get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(round.get("offer").hasNonNull("openedAt")).isTrue();
    // REGISTERED 10, focused 10, no answers yet 10, no deal closed 5; it covers all of Luxembourg, so no nearness points
    assertThat(round.get("candidates").get(0).get("weight").decimalValue()).isEqualByComparingTo("35");
    assertThat(round.get("candidates").get(0).get("distanceBand").asText()).isEqualTo("COUNTRY");
    // Answered once: the offer is not open any more.
    assertThat(owner.postForEntity("/api/leads/" + leadId + "/decline", json(Map.of("reason", "NOT_A_FIT")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anAcceptedLeadBecomesADealOfItsPartnerWithNoConflictAndOnlyOnce() {
    long taker = activePartner("lead-taker");
    long rival = activePartner("lead-taker-rival");
    TestRestTemplate owner = portalUser(taker, "lead-taker");
    TestRestTemplate other = portalUser(rival, "lead-taker-rival");
    cover(taker, territory("EE"), 5);
    long leadId = as("crm").postForEntity("/api/leads", json(lead("eestcorp.example", "EE")), JsonNode.class).getBody().get("leadId").asLong();
    await().atMost(WAIT).until(() -> owner.getForObject("/api/partners/" + taker + "/leads", JsonNode.class).path("content").size() == 1);
    String lead = "/api/leads/" + leadId;
    Map<String, Object> terms = Map.of("amount", 48000, "currency", "EUR", "expectedCloseDate", java.time.LocalDate.now().plusMonths(2).toString());
    // Not taken yet: nothing to convert.
    assertThat(owner.postForEntity(lead + "/conversion", json(terms), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(owner.postForEntity(lead + "/accept", null, Void.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(WAIT).until(() -> as("manager").getForObject(lead + "/routing", JsonNode.class).get("status").asText(), "ACCEPTED"::equals);

    // Where it stands, from its partner only: the lead's reminder and reclaim clocks start again.
    assertThat(owner.postForEntity(lead + "/status", json(Map.of("note", "Demo booked for next week")), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(other.postForEntity(lead + "/status", json(Map.of("note", "mine now")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(owner.postForEntity(lead + "/status", json(Map.of("note", " ")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.postForEntity(lead + "/conversion", json(terms), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("manager").postForEntity(lead + "/conversion", json(terms), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(owner.postForEntity(lead + "/conversion", json(Map.of("amount", -5, "expectedCloseDate", "2020-01-01")), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> converted = owner.postForEntity(lead + "/conversion", json(terms), JsonNode.class);

    assertThat(converted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long dealId = converted.getBody().get("dealId").asLong();
    // The customer was the lead's: the registration passes its conflict check and is approved.
    JsonNode deal = await().atMost(WAIT).until(
        () -> owner.getForObject("/api/partners/" + taker + "/deals", JsonNode.class),
        deals -> deals.findValuesAsText("status").contains("APPROVED"));
    assertThat(deal.findValuesAsText("customerDomain")).containsExactly("eestcorp.example");
    ResponseEntity<JsonNode> again = owner.postForEntity(lead + "/conversion", json(terms), JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(owner.postForEntity(lead + "/loss", json(Map.of("reason", "NO_BUDGET")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(as("manager").getForObject(lead + "/routing", JsonNode.class).get("status").asText()).isEqualTo("CONVERTED");
    assertThat(owner.getForObject("/api/partners/" + taker + "/history", JsonNode.class).findValuesAsText("type"))
        .contains("LEAD_STATUS_UPDATED", "LEAD_CONVERTED");
    assertThat(owner.postForEntity(lead + "/status", json(Map.of("note", "still there?")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(dealId).isPositive();
  }

  @Test
  void aDeclinedLeadCannotBeAcceptedAfterwardsAndGoesToTriageWhenNobodyIsLeft() {
    long partnerId = activePartner("lead-decliner");
    TestRestTemplate partner = portalUser(partnerId, "lead-decliner");
    cover(partnerId, territory("MT"), 5);
    long leadId = as("manager").postForObject("/api/leads", json(lead("maltese.example", "MT")), JsonNode.class).get("leadId").asLong();
    await().atMost(WAIT).until(() -> partner.getForObject("/api/partners/" + partnerId + "/leads", JsonNode.class).path("content").size() == 1);

    assertThat(partner.postForEntity("/api/leads/" + leadId + "/decline", json(Map.of("reason", "MAYBE")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(partner.postForEntity("/api/leads/" + leadId + "/decline", json(Map.of("reason", "NO_CAPACITY")), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);

    JsonNode routing =
        await().atMost(WAIT).until(() -> as("manager").getForObject("/api/leads/" + leadId + "/routing", JsonNode.class), r -> r.get("status").asText().equals("TRIAGE"));
    assertThat(routing.get("rounds").get(0).get("offer").get("declineReason").asText()).isEqualTo("NO_CAPACITY");
    JsonNode triage = as("manager").getForObject("/api/leads?status=TRIAGE&size=100", JsonNode.class).path("content");
    assertThat(triage.findValuesAsText("leadId")).contains(String.valueOf(leadId));
    assertThat(triage.findValuesAsText("status")).containsOnly("TRIAGE");
    assertThat(routing.get("rounds").get(1).get("candidates").get(0).get("excludedReason").asText()).isEqualTo("DECLINED_THIS_LEAD");
    assertThat(partner.postForEntity("/api/leads/" + leadId + "/accept", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode listed = partner.getForObject("/api/partners/" + partnerId + "/leads", JsonNode.class).path("content").get(0);
    assertThat(listed.get("offerStatus").asText()).isEqualTo("DECLINED");
    assertThat(listed.get("masked").asBoolean()).isTrue();
  }

  @Test
  void onlyManagersAndTheCrmHandLeadsInAndBadLeadsAreProblems() {
    long partnerId = activePartner("lead-forger");
    TestRestTemplate partner = portalUser(partnerId, "lead-forger");

    assertThat(partner.postForEntity("/api/leads", json(lead("forged.example", "DE")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("approver").postForEntity("/api/leads", json(lead("forged.example", "DE")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("training").postForEntity("/api/leads", json(lead("forged.example", "DE")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(partner.exchange("/api/territories", HttpMethod.GET, null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(partner.exchange("/api/partners/" + partnerId + "/coverage", HttpMethod.PUT,
            json(Map.of("territoryIds", List.of(), "products", List.of("core-platform"), "capacity", 9999)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("crm").postForEntity("/api/leads/1/accept", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("manager").postForEntity("/api/leads/1/accept", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Map<String, Object> bad = lead("<script>.example", "Germany");
    bad.put("contactEmail", "not an address");
    ResponseEntity<JsonNode> refused = as("crm").postForEntity("/api/leads", json(bad), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().get("errors").findValuesAsText("field")).contains("domain", "country", "contactEmail");
    assertThat(as("manager").getForEntity("/api/leads/999999/routing", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anImportStoresTheGoodRowsReportsTheBadOnesAndRefusesAFileWithoutItsColumns() {
    String csv =
        "companyName,domain,country,productInterest,contactName,contactEmail,source\n"
            + "Import One,import-one.example,CY,core-platform,Ann,ann@import-one.example,fair\n"
            + "Import Two,import two,CY,core-platform,Bob,bob@import-two.example,fair\n";

    ResponseEntity<JsonNode> report = upload(as("crm"), csv, "import-1");
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(upload(as("crm"), csv, "import-1").getBody()).as("a replay answers the first report").isEqualTo(report.getBody());
    assertThat(report.getBody().get("accepted").size()).isEqualTo(1);
    assertThat(report.getBody().get("refused").get(0).get("line").asInt()).isEqualTo(3);
    long imported = report.getBody().get("accepted").get(0).asLong();
    await().atMost(WAIT).until(() -> as("manager").getForObject("/api/leads/" + imported + "/routing", JsonNode.class).get("status").asText().equals("TRIAGE"));

    ResponseEntity<JsonNode> unreadable = upload(as("manager"), "name,website\nX,x.example\n");
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unreadable.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    long partnerId = activePartner("lead-importer");
    assertThat(upload(portalUser(partnerId, "lead-importer"), csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> upload(TestRestTemplate caller, String csv) {
    return upload(caller, csv, null);
  }

  private ResponseEntity<JsonNode> upload(TestRestTemplate caller, String csv, String idempotencyKey) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "leads.csv";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return caller.postForEntity("/api/leads/import", new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private long territory(String country) {
    return as("manager")
        .postForObject("/api/territories", json(Map.of("name", "Attack " + country, "areas", List.of(Map.of("country", country)))), JsonNode.class)
        .get("id")
        .asLong();
  }

  private void cover(long partnerId, long territoryId, int capacity) {
    ResponseEntity<JsonNode> set =
        as("manager").exchange("/api/partners/" + partnerId + "/coverage", HttpMethod.PUT,
            json(Map.of("territoryIds", List.of(territoryId), "products", List.of("core-platform"), "capacity", capacity)), JsonNode.class);
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> lead(String domain, String country) {
    Map<String, Object> lead = new HashMap<>();
    lead.put("companyName", "Lux Corp");
    lead.put("domain", domain);
    lead.put("country", country);
    lead.put("productInterest", "core-platform");
    lead.put("contactName", "Bea Buyer");
    lead.put("contactEmail", "buyer@" + domain);
    lead.put("source", "crm");
    return lead;
  }

  /** An active partner, stored directly: these attacks start where the lifecycle ends. */
  private long activePartner(String name) {
    Partner partner =
        new Partner(name + " GmbH", PartnerType.RESELLER, "DE", "https://" + name + ".example", "Ada", "ada@" + name + ".example",
            new BigDecimal("2500000"), 40, Instant.now());
    for (Stage stage : new Stage[] {Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE}) {
      partner.enterStage(stage, Instant.now());
    }
    return partners.saveAndFlush(partner).getId();
  }

  private TestRestTemplate portalUser(long partnerId, String name) {
    var account = accounts.provision(partnerId, "owner@" + name + ".example");
    ResponseEntity<JsonNode> accepted =
        http.postForEntity(
            "/api/invitations/" + new Mailbox(notifications).invitationToken(partnerId).orElseThrow(),
            json(Map.of("password", PASSWORD)),
            JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    return http.withBasicAuth(account.getUsername(), PASSWORD);
  }

  private TestRestTemplate as(String devUser) {
    return http.withBasicAuth(devUser, devUser);
  }
}
