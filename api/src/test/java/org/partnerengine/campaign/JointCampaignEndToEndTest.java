package org.partnerengine.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.ActivePartners;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Joint campaigns on the embedded engine, from the invitation to the results: a partner launches
 * only with a complete co-brand profile, its responses are its leads, the results are the stored
 * rows' sums, and the MDF budget is never overdrawn by campaigns.
 */
@PartnerEngineTest
class JointCampaignEndToEndTest {

  private static final Duration WAIT = Duration.ofSeconds(40);
  static final byte[] PNG = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPartnerLaunchesOnlyWithACompleteProfileAndTheResponsesToItsCopyAreItsLeads() {
    long ready = ActivePartners.store(partners, "camp-ready", "LV");
    long late = ActivePartners.store(partners, "camp-late", "LV");
    long declining = ActivePartners.store(partners, "camp-declining", "LV");
    long outside = ActivePartners.store(partners, "camp-outside", "EE");
    TestRestTemplate readyUser = portalUser(http, accounts, notifications, ready, "pat@camp-ready-" + ready + ".com");
    TestRestTemplate lateUser = portalUser(http, accounts, notifications, late, "pat@camp-late-" + late + ".com");
    TestRestTemplate decliningUser = portalUser(http, accounts, notifications, declining, "pat@camp-declining-" + declining + ".com");
    completeProfile(readyUser, ready, "Ready & <Partners> Ltd");

    JsonNode preview = manager().postForObject("/api/campaigns/audience-preview", json(Map.of("countries", List.of("LV"))), JsonNode.class);
    assertThat(verdict(preview, ready).get("eligible").asBoolean()).isTrue();
    assertThat(verdict(preview, outside).get("reason").asText()).isEqualTo("COUNTRY");

    long campaignId = createCampaign("Spring awareness " + ready, "AWARENESS", "LV", LocalDate.now(), new BigDecimal("5000"));
    List<JsonNode> parts = await().atMost(WAIT).until(() -> participations(campaignId), list -> list.size() == 3);
    assertThat(parts).extracting(p -> p.get("partnerId").asLong()).containsExactlyInAnyOrder(ready, late, declining);
    assertThat(parts).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("INVITED"));
    await().atMost(WAIT).until(() -> notifications.findAll().stream()
        .anyMatch(n -> "campaign-invitation".equals(n.getTemplate()) && n.getPartnerId() != null && n.getPartnerId() == declining));

    String answer = "/api/partners/%d/campaigns/" + campaignId + "/answer";
    assertThat(manager().postForEntity(answer.formatted(ready), json(Map.of("optIn", true)), JsonNode.class).getStatusCode())
        .as("only the partner opts in").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(readyUser.postForEntity(answer.formatted(declining), json(Map.of("optIn", true)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(readyUser.postForEntity(answer.formatted(ready), json(Map.of("optIn", true)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lateUser.postForEntity(answer.formatted(late), json(Map.of("optIn", true)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decliningUser.postForEntity(answer.formatted(declining), json(Map.of("optIn", false)), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(decliningUser.postForEntity(answer.formatted(declining), json(Map.of("optIn", true)), JsonNode.class).getStatusCode())
        .as("answered once").isEqualTo(HttpStatus.CONFLICT);

    JsonNode launched = await().atMost(WAIT).until(() -> own(readyUser, ready, campaignId), p -> p.get("status").asText().equals("LAUNCHED"));
    assertThat(launched.get("files")).hasSize(2);
    assertThat(launched.get("vendorSharePercent").asInt()).as("a registered partner funds its own awareness").isZero();
    // The partner without a profile waits for it: its part does not launch.
    await().atMost(WAIT).until(() -> history(late).contains("CAMPAIGN_OPTED_IN"));
    JsonNode waiting = await().atMost(WAIT).until(() -> own(lateUser, late, campaignId), p -> p.get("status").asText().equals("AWAITING_CO_BRAND"));
    assertThat(waiting.get("files")).isEmpty();
    assertThat(waiting.has("trackingCode")).isFalse();

    long htmlId = launched.get("files").findValues("fileId").stream()
        .filter(f -> true).map(JsonNode::asLong).findFirst().orElseThrow();
    String fileName = launched.get("files").get(0).get("fileName").asText();
    ResponseEntity<byte[]> file = readyUser.getForEntity("/api/partners/" + ready + "/campaigns/" + campaignId + "/files/" + htmlId, byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
    String code = launched.get("trackingCode").asText();
    String copy = new String(file.getBody(), StandardCharsets.UTF_8);
    if (fileName.endsWith(".html")) {
      assertThat(copy).contains("Ready &amp; &lt;Partners&gt; Ltd").doesNotContain("<Partners>").contains("c=" + code).contains("data:image/png;base64,");
    } else {
      assertThat(copy).contains("Ready & <Partners> Ltd").contains("c=" + code);
    }
    assertThat(lateUser.getForEntity("/api/partners/" + late + "/campaigns/" + campaignId + "/files/" + htmlId, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    completeProfile(lateUser, late, "Late Partner GmbH");
    await().atMost(WAIT).until(() -> own(lateUser, late, campaignId), p -> p.get("status").asText().equals("LAUNCHED"));

    // Responses: the code says whose lead it is; a code of a part that did not launch takes none.
    TestRestTemplate crm = http.withBasicAuth("crm", "crm");
    String responses = "/api/campaigns/" + campaignId + "/responses";
    ResponseEntity<JsonNode> first = crm.postForEntity(responses, json(response(code, "buyer-one-" + ready + ".com")), JsonNode.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getBody().get("status").asText()).isEqualTo("ASSIGNED");
    assertThat(crm.postForEntity(responses, json(response(code, "buyer-two-" + ready + ".com")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String declinedCode = jdbc.queryForObject(
        "select tracking_code from campaign_participation where campaign_id = ? and partner_id = ?", String.class, campaignId, declining);
    assertThat(crm.postForEntity(responses, json(response(declinedCode, "nobody-" + ready + ".com")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(crm.postForEntity(responses, json(response("ZZZZZZZZZZZZZZZZ", "nobody-" + ready + ".com")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(crm.postForEntity(responses, json(Map.of("trackingCode", code)), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    long leadId = first.getBody().get("leadId").asLong();
    JsonNode leads = readyUser.getForObject("/api/partners/" + ready + "/leads", JsonNode.class);
    assertThat(leads.toString()).contains("\"leadId\":" + leadId);
    ResponseEntity<JsonNode> converted = readyUser.postForEntity("/api/leads/" + leadId + "/conversion",
        json(Map.of("amount", 30000, "currency", "EUR", "expectedCloseDate", LocalDate.now().plusMonths(1).toString())), JsonNode.class);
    assertThat(converted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long dealId = converted.getBody().get("dealId").asLong();
    assertThat(manager().postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", 30000)), Void.class).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(WAIT).until(() -> "WON".equals(jdbc.queryForObject("select status from deal where id = ?", String.class, dealId)));

    JsonNode results = manager().getForObject("/api/campaigns/" + campaignId + "/results", JsonNode.class);
    // The same figures, recomputed here from the stored rows.
    long responsesStored = jdbc.queryForObject(
        "select count(*) from sales_lead l join campaign_participation cp on cp.id = l.campaign_participation_id where cp.campaign_id = ?",
        Long.class, campaignId);
    BigDecimal revenueStored = jdbc.queryForObject(
        "select coalesce(sum(coalesce(d.programme_amount, d.outcome_amount)), 0) from deal d join sales_lead l on l.deal_id = d.id"
            + " join campaign_participation cp on cp.id = l.campaign_participation_id where cp.campaign_id = ? and d.status = 'WON'",
        BigDecimal.class, campaignId);
    assertThat(responsesStored).isEqualTo(2);
    assertThat(results.get("total").get("responses").asLong()).isEqualTo(responsesStored);
    assertThat(results.get("total").get("leadsConverted").asLong()).isEqualTo(1);
    assertThat(results.get("total").get("dealsWon").asLong()).isEqualTo(1);
    assertThat(results.get("total").get("revenue").decimalValue()).isEqualByComparingTo(revenueStored).isEqualByComparingTo("30000");
    JsonNode readyRow = row(results, ready);
    assertThat(readyRow.get("responses").asLong()).isEqualTo(2);
    assertThat(row(results, late).get("responses").asLong()).isZero();
    assertThat(results.get("comparison").get("launched").get("partners").asLong()).isEqualTo(2);
    assertThat(results.get("comparison").get("notOptedIn").get("partners").asLong()).isEqualTo(1);
    assertThat(results.get("comparison").get("difference").decimalValue()).isEqualByComparingTo("15000");
  }

  @Test
  void campaignsNeverOverdrawTheMdfBudgetAndAPartnerWhoseFundsAreRefusedIsWithdrawn() {
    // A quarter no other test draws on: the registered partners' budget there is 10 000.
    LocalDate start = LocalDate.of(2031, 2, 3);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = ActivePartners.store(partners, "camp-funded-" + i, "LT");
      ids.add(id);
      completeProfile(manager(), id, "Funded " + i + " Ltd");
    }
    long campaignId = createCampaign("Launch 2031", "PRODUCT_LAUNCH", "LT", start, new BigDecimal("9000"));
    await().atMost(WAIT).until(() -> participations(campaignId), list -> list.size() == 3);
    for (long id : ids) {
      TestRestTemplate user = portalUser(http, accounts, notifications, id, "pat@camp-funded-" + id + ".com");
      assertThat(user.postForEntity("/api/partners/" + id + "/campaigns/" + campaignId + "/answer", json(Map.of("optIn", true)), JsonNode.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      await().atMost(WAIT).until(() -> own(user, id, campaignId), p -> p.path("mdfRequestId").asLong() > 0);
    }
    // Channel approves each request of 4 500 (half of a launch's cost for a registered partner), one after another.
    TestRestTemplate approver = http.withBasicAuth("approver", "approver");
    for (long id : ids) {
      JsonNode task = await().atMost(WAIT).until(() -> approvalTask(approver, id), t -> t != null);
      approver.postForEntity("/api/tasks/" + task.get("id").asLong() + "/claim", null, JsonNode.class);
      assertThat(approver.postForEntity("/api/tasks/" + task.get("id").asLong() + "/complete", json(Map.of("variables", Map.of("approved", true))), JsonNode.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      await().atMost(WAIT).until(() -> !"REQUESTED".equals(mdfStatus(id)));
    }

    List<JsonNode> parts = await().atMost(WAIT).until(() -> participations(campaignId),
        list -> list.stream().filter(p -> List.of("READY", "WITHDRAWN").contains(p.get("status").asText())).count() == 3);
    assertThat(parts).filteredOn(p -> p.get("status").asText().equals("READY")).hasSize(2);
    JsonNode withdrawn = parts.stream().filter(p -> p.get("status").asText().equals("WITHDRAWN")).findFirst().orElseThrow();
    assertThat(withdrawn.get("withdrawnReason").asText()).isEqualTo("FUNDS_REFUSED");
    BigDecimal reserved = jdbc.queryForObject(
        "select coalesce(sum(r.reserved_amount), 0) from mdf_request r join campaign_participation cp on cp.id = r.campaign_participation_id"
            + " where cp.campaign_id = ?", BigDecimal.class, campaignId);
    assertThat(reserved).isEqualByComparingTo("9000").isLessThanOrEqualTo(new BigDecimal("10000"));
    assertThat(jdbc.queryForObject("select reason from mdf_request where campaign_participation_id = ?", String.class, withdrawn.get("participationId").asLong()))
        .isEqualTo("BUDGET_EXCEEDED");
  }

  private JsonNode approvalTask(TestRestTemplate approver, long partnerId) {
    for (JsonNode t : approver.getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class).path("content")) {
      if (t.path("elementId").asText().equals("Task_ApproveMdfChannel")) {
        return t;
      }
    }
    return null;
  }

  private String mdfStatus(long partnerId) {
    return jdbc.queryForObject("select status from mdf_request where partner_id = ? and campaign_participation_id is not null", String.class, partnerId);
  }

  private long createCampaign(String name, String goal, String country, LocalDate startsOn, BigDecimal cost) {
    Map<String, Object> form = new HashMap<>();
    form.put("name", name);
    form.put("goal", goal);
    form.put("audience", Map.of("countries", List.of(country)));
    form.put("startsOn", startsOn.toString());
    form.put("endsOn", startsOn.plusDays(30).toString());
    form.put("costPerPartner", cost);
    form.put("copySubject", "{{partner.legalName}} and the vendor: {{campaign.name}}");
    form.put("copyBody", "Hello,\n\n{{partner.legalName}} invites you to see what is new.\nAnswer here: {{responseLink}}\n\nQuestions: {{partner.contactEmail}}");
    ResponseEntity<JsonNode> created = manager().postForEntity("/api/campaigns", json(form), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("campaignId").asLong();
  }

  private void completeProfile(TestRestTemplate client, long partnerId, String legalName) {
    ResponseEntity<JsonNode> described = client.exchange("/api/partners/" + partnerId + "/co-brand", HttpMethod.PUT,
        (HttpEntity<?>) json(Map.of("legalName", legalName, "contactName", "Pat", "contactEmail", "pat@partner-" + partnerId + ".com")), JsonNode.class);
    assertThat(described.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(described.getBody().get("complete").asBoolean()).as("no logo yet").isFalse();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.IMAGE_PNG);
    ResponseEntity<JsonNode> logo =
        client.exchange("/api/partners/" + partnerId + "/co-brand/logo", HttpMethod.PUT, new HttpEntity<>(PNG, headers), JsonNode.class);
    assertThat(logo.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(logo.getBody().get("complete").asBoolean()).isTrue();
  }

  private static Map<String, Object> response(String code, String domain) {
    return Map.of("trackingCode", code, "companyName", "Buyer of " + domain, "domain", domain, "country", "LV",
        "productInterest", "core-platform", "contactName", "Bo Buyer", "contactEmail", "bo@" + domain);
  }

  private List<JsonNode> participations(long campaignId) {
    List<JsonNode> list = new ArrayList<>();
    manager().getForObject("/api/campaigns/" + campaignId + "/participations", JsonNode.class).forEach(list::add);
    return list;
  }

  private JsonNode own(TestRestTemplate client, long partnerId, long campaignId) {
    for (JsonNode p : client.getForObject("/api/partners/" + partnerId + "/campaigns", JsonNode.class)) {
      if (p.get("campaignId").asLong() == campaignId) {
        return p;
      }
    }
    throw new AssertionError("Partner " + partnerId + " has no part in campaign " + campaignId);
  }

  private String history(long partnerId) {
    return manager().getForObject("/api/partners/" + partnerId + "/history", JsonNode.class).toString();
  }

  private static JsonNode verdict(JsonNode verdicts, long partnerId) {
    for (JsonNode v : verdicts) {
      if (v.get("partnerId").asLong() == partnerId) {
        return v;
      }
    }
    throw new AssertionError("No verdict for partner " + partnerId);
  }

  private static JsonNode row(JsonNode results, long partnerId) {
    for (JsonNode r : results.get("partners")) {
      if (r.get("partnerId").asLong() == partnerId) {
        return r;
      }
    }
    throw new AssertionError("No result row for partner " + partnerId);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
