package org.partnerengine.security;

import org.partnerengine.PortalUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.AgreementSigning;
import org.partnerengine.Mailbox;
import org.partnerengine.Models;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every endpoint as every kind of caller: anonymous, designer, manager, approver, finance, exec,
 * a partner user (partner A) who also reaches for partner B, and the two service clients, the
 * training platform and the CRM. The expected codes are the matrix in docs/api.md. A service client
 * reaches only the endpoint of the fact it vouches for: every other row expects the anonymous
 * answer on public endpoints and 403 elsewhere, unless the row names the client. Ids that do not exist (task 999999, instance 1) answer 404 to a caller
 * who may use the endpoint, which shows the request got past the access check.
 */
@PartnerEngineTest
class AuthorizationMatrixTest {

  /** A minimal file declaring a product process id: it waits for a second person, never deploys here. */
  private static final String BUSINESS_PROCESS_COPY =
      io.camunda.zeebe.model.bpmn.Bpmn.convertToString(
          io.camunda.zeebe.model.bpmn.Bpmn.createExecutableProcess("partner-offboarding").startEvent().endEvent().done());

  private static final List<String> PEOPLE = List.of("anonymous", "designer", "manager", "approver", "finance", "exec", "partner");
  private static final List<String> SERVICE_CLIENTS = List.of("training", "crm");
  private static final List<String> CALLERS =
      java.util.stream.Stream.concat(PEOPLE.stream(), SERVICE_CLIENTS.stream()).toList();

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;

  private long partnerA;
  private long partnerB;
  private String partnerUser;

  @BeforeEach
  void twoPartnersAndAPortalUserForTheFirst() {
    partnerA = apply("a");
    partnerB = apply("b");
    var account = PortalUsers.provision(accounts, partnerA, "owner-" + partnerA + "@partner-a.example");
    partnerUser = account.getUsername();
    String token = new Mailbox(notifications).invitationToken(partnerA).orElseThrow();
    ResponseEntity<JsonNode> accepted =
        http.postForEntity("/api/invitations/" + token, json(Map.of("password", "correct horse 42")), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void everyEndpointAnswersEveryRoleAsDesigned() {
    //                                                                anon designer manager approver finance exec partner (training, crm: see codes)
    List<Row> rows = new ArrayList<>();
    for (long partner : List.of(partnerA, partnerB)) {
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
          () -> as("manager").getForEntity("/api/partners/" + partner + "/agreement", byte[].class).getStatusCode() == HttpStatus.OK);
    }
    rows.add(get("/api/partners",                                       401, 403, 200, 200, 200, 200, 403));
    rows.add(get("/api/partners/" + partnerA,                           401, 403, 200, 200, 200, 200, 200));
    rows.add(get("/api/partners/" + partnerB,                           401, 403, 200, 200, 200, 200, 404));
    rows.add(get("/api/partners/" + partnerA + "/history",              401, 403, 200, 200, 200, 200, 200));
    rows.add(get("/api/partners/" + partnerB + "/history",              401, 403, 200, 200, 200, 200, 404));
    // The payout account: nobody has given one yet (404 to whoever may read it). A change comes
    // from the partner or from finance only; an IBAN with wrong check digits is refused (400) to them.
    Map<String, Object> wrongIban = Map.of("accountHolder", "Matrix GmbH", "iban", "DE00370400440532013000");
    rows.add(get("/api/partners/" + partnerA + "/banking-details",      401, 403, 404, 404, 404, 404, 404));
    rows.add(get("/api/partners/" + partnerB + "/banking-details",      401, 403, 404, 404, 404, 404, 404));
    rows.add(put("/api/partners/" + partnerA + "/banking-details", wrongIban, 401, 403, 403, 403, 400, 403, 400));
    rows.add(put("/api/partners/" + partnerB + "/banking-details", wrongIban, 401, 403, 403, 403, 400, 403, 404));
    // Account mapping: the partner's own lists and overlaps. A list at no known level is refused
    // before anything is looked up, so it tells nothing of the other partner either.
    Map<String, Object> loudList = Map.of("sharingLevel", "LOUD", "accounts", List.of("acme.com"));
    for (long partner : List.of(partnerA, partnerB)) {
      int own = partner == partnerA ? 200 : 404;
      rows.add(get("/api/partners/" + partner + "/populations",         401, 403, 200, 403, 403, 403, own));
      rows.add(put("/api/partners/" + partner + "/populations/CUSTOMERS", loudList,
                                                                        401, 403, 400, 403, 403, 403, 400));
      rows.add(get("/api/partners/" + partner + "/overlaps",            401, 403, 200, 403, 403, 403, own));
      rows.add(get("/api/partners/" + partner + "/plays",               401, 403, 200, 403, 403, 403, own));
      // A play is its partner's to answer; staff never answer for it.
      rows.add(post("/api/partners/" + partner + "/plays/999999/answer", Map.of("accepted", true),
                                                                        401, 403, 403, 403, 403, 403, 404));
    }
    // Surveys are answered from the mail's link by anyone holding it; the report is for managers.
    String unknownSurvey = "/api/surveys/" + "A".repeat(43);
    rows.add(get(unknownSurvey,                                         404, 404, 404, 404, 404, 404, 404));
    rows.add(post(unknownSurvey, Map.of("score", 5),                    404, 404, 404, 404, 404, 404, 404));
    rows.add(get("/api/analytics/nps",                                  401, 403, 200, 403, 403, 403, 403));
    // Competitors are kept by managers: a partner naming its own could keep leads from anyone.
    rows.add(get("/api/partners/" + partnerA + "/competitors",         401, 403, 200, 403, 403, 403, 403));
    rows.add(put("/api/partners/" + partnerA + "/competitors", Map.of("partnerIds", List.of(partnerA)),
                                                                        401, 403, 400, 403, 403, 403, 403));
    rows.add(get("/api/ecosystem/vendor-sharing",                       401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/ecosystem/account-partners?account=acme.com",    401, 403, 200, 403, 403, 403, 403));
    rows.add(put("/api/ecosystem/vendor-sharing/CUSTOMERS", Map.of("sharingLevel", "LOUD"),
                                                                        401, 403, 400, 403, 403, 403, 403));
    // Questions: a partner asks for itself (a blank one is refused with 400 to whoever may ask);
    // the answering groups read them; the FAQ is for everyone in the programme, managers keep it.
    Map<String, Object> blankQuestion = Map.of("topic", "OTHER", "text", " ");
    rows.add(post("/api/partners/" + partnerA + "/questions", blankQuestion, 401, 403, 400, 403, 403, 403, 400));
    rows.add(post("/api/partners/" + partnerB + "/questions", blankQuestion, 401, 403, 400, 403, 403, 403, 404));
    rows.add(get("/api/partners/" + partnerA + "/questions",            401, 403, 200, 200, 200, 200, 200));
    rows.add(get("/api/partners/" + partnerB + "/questions",            401, 403, 200, 200, 200, 200, 404));
    rows.add(get("/api/partners/" + partnerA + "/questions/999999",     401, 403, 404, 404, 404, 404, 404));
    rows.add(get("/api/questions/999999",                               401, 403, 404, 404, 404, 404, 403));
    rows.add(post("/api/questions/999999/faq", Map.of("question", "q", "answer", "a"), 401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/faq",                                            401, 200, 200, 200, 200, 200, 200));
    rows.add(delete("/api/faq/999999",                                  401, 403, 404, 403, 403, 403, 403));
    // Delivery status of the partner's mails: managers only, and never the link a mail carries.
    rows.add(get("/api/partners/" + partnerA + "/notifications",        401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/partners/999999/notifications",                  401, 403, 404, 403, 403, 403, 403));
    for (long partner : List.of(partnerA, partnerB)) {
      int own = partner == partnerA ? 202 : 404;
      // Screening approves both partners at once and onboarding generates their agreements (awaited
      // above). A hash that is not the document's is refused (422) to whoever may sign; nothing is
      // signed, so there is no signed copy (404) nor a signature to countersign (409).
      int readOwn = partner == partnerA ? 200 : 404;
      int wrongHash = partner == partnerA ? 422 : 404;
      rows.add(get("/api/partners/" + partner + "/agreement",           401, 403, 200, 403, 403, 403, readOwn));
      rows.add(get("/api/partners/" + partner + "/agreement/signed-copy", 401, 403, 404, 403, 403, 403, 404));
      rows.add(get("/api/partners/" + partner + "/agreement/signature", 401, 403, 404, 403, 403, 403, 404));
      rows.add(post("/api/partners/" + partner + "/agreement/signature", AgreementSigning.signature("0".repeat(64)),
                                                                        401, 403, 422, 403, 403, 403, wrongHash));
      rows.add(post("/api/partners/" + partner + "/agreement/countersignature", Map.of("signerName", "Max", "signerTitle", "Head"),
                                                                        401, 403, 409, 403, 403, 403, 403));
      // Courses and exams earn certificates: the training platform or a manager, never the partner.
      rows.add(post("/api/partners/" + partner + "/training-completions", Map.of("courseId", "sales-101"),
                                                                        401, 403, 202, 403, 403, 403, 403).as("training", 202));
      rows.add(post("/api/partners/" + partner + "/exam-results", Map.of("examId", "cert-1", "score", 90),
                                                                        401, 403, 202, 403, 403, 403, 403).as("training", 202));
      rows.add(post("/api/partners/" + partner + "/tax-form", null,     401, 403, 202, 403, 403, 403, own));
      int read = partner == partnerA ? 200 : 404;
      rows.add(get("/api/partners/" + partner + "/deals",               401, 403, 200, 200, 200, 200, read));
      rows.add(get("/api/partners/" + partner + "/mdf-requests",        401, 403, 200, 200, 200, 200, read));
      rows.add(get("/api/partners/" + partner + "/tier-history",        401, 403, 200, 200, 200, 200, read));
      rows.add(get("/api/partners/" + partner + "/scorecard",           401, 403, 200, 200, 200, 200, read));
      rows.add(get("/api/partners/" + partner + "/forecast",            401, 403, 200, 200, 200, 200, read));
      rows.add(get("/api/partners/" + partner + "/curriculum",          401, 403, 200, 200, 200, 200, read));
      // The library a partner sees: what its audience admits (nothing yet, in recruitment).
      rows.add(get("/api/partners/" + partner + "/content",             401, 403, 200, 200, 200, 200, read));
      rows.add(get("/api/partners/" + partner + "/content/999999",      401, 403, 404, 404, 404, 404, 404));
      rows.add(get("/api/partners/" + partner + "/content/999999/download",
                                                                        401, 403, 404, 404, 404, 404, 404));
      // Both partners are still in recruitment: whoever may register a deal or request funds for
      // them is told 409, only active partners may.
      int notYet = partner == partnerA ? 409 : 404;
      rows.add(post("/api/partners/" + partner + "/deals", deal(),      401, 403, 409, 403, 403, 403, notYet));
      rows.add(post("/api/partners/" + partner + "/mdf-requests", mdfRequest(),
                                                                        401, 403, 409, 403, 403, 403, notYet));
    }
    // Offboarding takes the partner user's access away, so only the other partner is offboarded
    // here; the partner offboarding itself comes last, below.
    rows.add(post("/api/partners/" + partnerB + "/offboarding", Map.of("reason", "leaving the programme"),
                                                                        401, 403, 202, 403, 403, 403, 404));
    rows.add(post("/api/deals/999999/outcome", Map.of("outcome", "WON"), 401, 403, 404, 403, 403, 403, 404).as("crm", 404));
    rows.add(post("/api/deals/999999/extension", null,                  401, 403, 404, 403, 403, 403, 404));
    // Co-selling: the owning partner or a manager asks and proposes; staff read; only the owner answers a split.
    Map<String, Object> help = Map.of("help", "TECHNICAL_PRESALES", "neededBy", java.time.LocalDate.now().plusDays(5).toString());
    Map<String, Object> split = Map.of("ownerSharePercent", 60, "coSellers", List.of(Map.of("partnerId", partnerB, "role", "SOURCED", "sharePercent", 40)));
    rows.add(post("/api/deals/999999/co-sell", help,                    401, 403, 404, 403, 403, 403, 404));
    rows.add(get("/api/deals/999999/co-sell",                           401, 403, 404, 404, 404, 404, 404));
    rows.add(get("/api/co-sell-requests/999999",                        401, 403, 404, 404, 404, 404, 404));
    rows.add(post("/api/deals/999999/splits", split,                    401, 403, 404, 403, 403, 403, 404));
    rows.add(get("/api/deals/999999/splits",                            401, 403, 404, 404, 404, 404, 404));
    rows.add(get("/api/deal-splits/999999",                             401, 403, 404, 404, 404, 404, 404));
    rows.add(post("/api/deal-splits/999999/answer", Map.of("accepted", true), 401, 403, 403, 403, 403, 403, 404));
    // Churn prediction: managers only; a partner does not read its own risk.
    rows.add(get("/api/partners/999999/risk",                           401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/partners/" + partnerA + "/risk",                 401, 403, 409, 403, 403, 403, 403));
    rows.add(get("/api/prediction/models",                              401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/prediction/models/999999",                       401, 403, 404, 403, 403, 403, 403));
    rows.add(post("/api/prediction/retrain", null,                      401, 403, 202, 403, 403, 403, 403));
    rows.add(post("/api/mdf-requests/999999/claims", Map.of("proofOfPerformance", "https://x.example/p", "amountClaimed", 10),
                                                                        401, 403, 404, 403, 403, 403, 404));
    // Designers work the inbox too: their group is offered the "Approve deployment" tasks.
    rows.add(get("/api/tasks",                                          401, 200, 200, 200, 200, 200, 403));
    rows.add(get("/api/tasks/999999",                                   401, 404, 404, 404, 404, 404, 403));
    rows.add(get("/api/tasks/999999/form",                              401, 404, 404, 404, 404, 404, 403));
    rows.add(post("/api/tasks/999999/claim", null,                      401, 404, 404, 404, 404, 404, 403));
    rows.add(post("/api/tasks/999999/unclaim", null,                    401, 404, 404, 404, 404, 404, 403));
    rows.add(post("/api/tasks/999999/complete", Map.of("variables", Map.of()),
                                                                        401, 404, 404, 404, 404, 404, 403));
    rows.add(get("/api/analytics/stages",                               401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/analytics/tasks",                                401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/analytics/forecast",                             401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/analytics/attention?kind=AT_RISK",               401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/process-instances",                              401, 200, 200, 403, 403, 403, 403));
    rows.add(get("/api/process-instances/1",                            401, 404, 404, 403, 403, 403, 403));
    rows.add(post("/api/process-instances/1/incidents/2/resolve", null, 401, 404, 404, 403, 403, 403, 403));
    rows.add(get("/api/processes",                                      401, 200, 200, 403, 403, 403, 403));
    rows.add(get("/api/processes/partner-lifecycle/xml",                401, 200, 200, 403, 403, 403, 403));
    rows.add(post("/api/processes/no-such-process/instances", Map.of("variables", Map.of()),
                                                                        401, 404, 403, 403, 403, 403, 403));
    rows.add(post("/api/processes/partner-offboarding/instances", Map.of("variables", Map.of()),
                                                                        401, 409, 403, 403, 403, 403, 403));
    rows.add(new Row(HttpMethod.POST, "/api/deployments", Models.upload("partner-offboarding.bpmn", BUSINESS_PROCESS_COPY),
                                                              codes(401, 202, 403, 403, 403, 403, 403)));
    rows.add(get("/api/deployment-requests",                            401, 200, 200, 403, 403, 403, 403));
    rows.add(get("/api/deployment-requests/999999",                     401, 404, 404, 403, 403, 403, 403));
    rows.add(post("/api/deployment-requests/999999/approve", null,      401, 404, 404, 403, 403, 403, 403));
    rows.add(post("/api/deployment-requests/999999/reject", null,       401, 404, 404, 403, 403, 403, 403));
    rows.add(new Row(HttpMethod.POST, "/api/deployments", Models.upload("incident-test.bpmn", Models.text("incident-test.bpmn")),
                                                              codes(401, 201, 403, 403, 403, 403, 403)));
    // Everyone in the programme reads the courses and exams; only managers keep them.
    rows.add(get("/api/training-catalogue",                             401, 403, 200, 200, 200, 200, 200));
    rows.add(get("/api/training-catalogue/sales-certification",         401, 403, 200, 200, 200, 200, 200));
    rows.add(get("/api/training-catalogue/no-such-course",              401, 403, 404, 404, 404, 404, 404));
    rows.add(post("/api/training-catalogue", Map.of("id", "matrix-course", "kind", "COURSE", "title", "Matrix"),
                                                                        401, 403, 201, 403, 403, 403, 403));
    rows.add(post("/api/training-catalogue", Map.of("id", "matrix-exam", "kind", "EXAM", "title", "Matrix"),
                                                                        401, 403, 400, 403, 403, 403, 403));
    rows.add(put("/api/training-catalogue/matrix-course", Map.of("title", "Matrix course"),
                                                                        401, 403, 200, 403, 403, 403, 403));
    rows.add(put("/api/training-catalogue/no-such-course", Map.of("title", "Nothing"),
                                                                        401, 403, 404, 403, 403, 403, 403));
    rows.add(post("/api/training-catalogue/matrix-course/retirement", null,
                                                                        401, 403, 200, 403, 403, 403, 403));
    // Regions: partner managers define markets and launch them.
    rows.add(get("/api/regions",                                        401, 403, 200, 403, 403, 403, 403));
    rows.add(post("/api/regions", Map.of("code", "MATRIX", "name", "Matrix", "baseCurrency", "EUR", "defaultLocale", "en",
        "countries", List.of("AQ"), "approverGroups", List.of()),      401, 403, 201, 403, 403, 403, 403));
    rows.add(get("/api/regions/NO_SUCH",                                401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/regions/GLOBAL/mdf-budgets",                     401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/regions/GLOBAL/totals?quarter=2026-Q4",          401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/regions/NO_SUCH/totals",                         401, 403, 404, 403, 403, 403, 403));
    rows.add(put("/api/regions/NO_SUCH", Map.of("name", "Nowhere", "defaultLocale", "en", "countries", List.of(), "approverGroups", List.of()),
                                                                        401, 403, 404, 403, 403, 403, 403));
    rows.add(post("/api/regions/NO_SUCH/launch", null,                  401, 403, 404, 403, 403, 403, 403));
    // Selling: managers keep territories and coverage and read routings; leads come in from a
    // manager or the CRM; a partner answers only leads offered to it (none here: 404).
    rows.add(get("/api/territories",                                    401, 403, 200, 403, 403, 403, 403));
    rows.add(post("/api/territories", Map.of("name", "Matrix", "areas", List.of(Map.of("country", "IE"))),
                                                                        401, 403, 201, 403, 403, 403, 403));
    rows.add(get("/api/territories/999999",                             401, 403, 404, 403, 403, 403, 403));
    rows.add(put("/api/territories/999999", Map.of("name", "Nowhere", "areas", List.of(Map.of("country", "IE"))),
                                                                        401, 403, 404, 403, 403, 403, 403));
    rows.add(new Row(HttpMethod.DELETE, "/api/territories/999999", null, codes(401, 403, 404, 403, 403, 403, 403)));
    rows.add(get("/api/partners/" + partnerA + "/coverage",             401, 403, 200, 403, 403, 403, 403));
    rows.add(put("/api/partners/999999/coverage", Map.of("territoryIds", List.of(), "products", List.of(), "capacity", 1),
                                                                        401, 403, 404, 403, 403, 403, 403));
    rows.add(post("/api/leads", Map.of("companyName", "Half a lead"),   401, 403, 400, 403, 403, 403, 403).as("crm", 400));
    // Joint campaigns: managers plan and read them; responses come from a manager or the CRM; a
    // partner answers its own invitations (staff never opt in for it) and keeps its co-brand profile.
    rows.add(get("/api/campaigns",                                      401, 403, 200, 403, 403, 403, 403));
    rows.add(post("/api/campaigns", Map.of("name", "Half a campaign"),  401, 403, 400, 403, 403, 403, 403));
    rows.add(get("/api/campaigns/999999",                               401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/campaigns/999999/participations",                401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/campaigns/999999/results",                       401, 403, 404, 403, 403, 403, 403));
    rows.add(post("/api/campaigns/audience-preview", Map.of("minimumTier", "GOLDEN"), 401, 403, 400, 403, 403, 403, 403));
    rows.add(post("/api/campaigns/999999/responses", Map.of("trackingCode", "ZZZZZZZZZZZZZZZZ"),
                                                                        401, 403, 400, 403, 403, 403, 403).as("crm", 400));
    for (long partner : List.of(partnerA, partnerB)) {
      int own = partner == partnerA ? 200 : 404;
      rows.add(get("/api/partners/" + partner + "/campaigns",           401, 403, 200, 403, 403, 403, own));
      rows.add(post("/api/partners/" + partner + "/campaigns/999999/answer", Map.of("optIn", true),
                                                                        401, 403, 403, 403, 403, 403, 404));
      rows.add(get("/api/partners/" + partner + "/campaigns/999999/files/1", 401, 403, 404, 403, 403, 403, 404));
      rows.add(get("/api/partners/" + partner + "/co-brand",            401, 403, 200, 403, 403, 403, own));
      rows.add(put("/api/partners/" + partner + "/co-brand", Map.of("contactEmail", "not an address"),
                                                                        401, 403, 400, 403, 403, 403, 400));
      rows.add(get("/api/partners/" + partner + "/co-brand/logo",       401, 403, 404, 403, 403, 403, 404));
    }
    rows.add(post("/api/leads/import", null,                            401, 403, 415, 403, 403, 403, 403).as("crm", 415));
    rows.add(get("/api/leads?status=TRIAGE",                            401, 403, 200, 403, 403, 403, 403));
    rows.add(get("/api/leads/999999/routing",                           401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/partners/" + partnerA + "/leads",                401, 403, 200, 403, 403, 403, 200));
    rows.add(get("/api/partners/" + partnerB + "/leads",                401, 403, 200, 403, 403, 403, 404));
    rows.add(post("/api/leads/999999/open", null,                       401, 403, 403, 403, 403, 403, 404));
    rows.add(post("/api/leads/999999/accept", null,                     401, 403, 403, 403, 403, 403, 404));
    rows.add(post("/api/leads/999999/decline", Map.of("reason", "SPAM"), 401, 403, 403, 403, 403, 403, 404));
    rows.add(post("/api/leads/999999/conversion", Map.of("amount", 1000, "expectedCloseDate", java.time.LocalDate.now().plusMonths(1).toString()),
                                                                        401, 403, 403, 403, 403, 403, 404));
    rows.add(post("/api/leads/999999/loss", Map.of("reason", "NO_BUDGET"), 401, 403, 403, 403, 403, 403, 404));
    rows.add(post("/api/leads/999999/status", Map.of("note", "demo booked"), 401, 403, 403, 403, 403, 403, 404));
    rows.add(get("/api/analytics/leads/fairness?territoryId=999999",   401, 403, 404, 403, 403, 403, 403));
    // The enablement library: managers keep it, approvers read the list.
    rows.add(post("/api/content", Map.of("title", "Matrix deck", "kind", "SALES_DECK", "locale", "en"),
                                                                        401, 403, 201, 403, 403, 403, 403));
    rows.add(get("/api/content",                                        401, 403, 200, 200, 200, 200, 403));
    rows.add(get("/api/content/999999",                                 401, 403, 404, 404, 404, 404, 403));
    rows.add(new Row(HttpMethod.POST, "/api/content/999999/file", contentFile(),
                                                              codes(401, 403, 404, 403, 403, 403, 403)));
    rows.add(put("/api/content/999999/link", Map.of("link", "https://cdn.matrix.example/deck"),
                                                                        401, 403, 404, 403, 403, 403, 403));
    rows.add(post("/api/content/999999/submission", null,               401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/content/999999/views",                           401, 403, 404, 403, 403, 403, 403));
    rows.add(get("/api/me",                                             401, 200, 200, 200, 200, 200, 200).as("training", 200).as("crm", 200));
    rows.add(post("/api/applications", application(),                   201, 201, 201, 201, 201, 201, 201));
    rows.add(post("/api/invitations/abc123", Map.of("password", "correct horse 42"),
                                                                        404, 404, 404, 404, 404, 404, 404));
    // Partner B has no portal account yet (409 for a manager); partner A's is accepted already.
    rows.add(post("/api/partners/" + partnerB + "/invitation", null,    401, 403, 409, 403, 403, 403, 403));
    rows.add(post("/api/partners/999999/invitation", null,              401, 403, 404, 403, 403, 403, 403));
    // A wrong current password: the partner user's password stays as it is for the other rows.
    rows.add(post("/api/me/password", Map.of("currentPassword", "not my password 1", "newPassword", "another horse 43"),
                                                                        401, 403, 403, 403, 403, 403, 400));
    rows.add(post("/api/password-resets", Map.of("email", "nobody@matrix.example"),
                                                                        202, 202, 202, 202, 202, 202, 202));
    rows.add(post("/api/password-resets/abc123", Map.of("password", "correct horse 42"),
                                                                        400, 400, 400, 400, 400, 400, 400));
    rows.add(get("/api/login-methods",                                  200, 200, 200, 200, 200, 200, 200));
    rows.add(get("/v3/api-docs",                                        200, 200, 200, 200, 200, 200, 200));
    rows.add(get("/actuator/health",                                    200, 200, 200, 200, 200, 200, 200));

    List<String> mismatches = new ArrayList<>();
    for (Row row : rows) {
      for (String caller : CALLERS) {
        ResponseEntity<String> response = as(caller).exchange(row.path(), row.method(), row.body(), String.class);
        int expected = row.expected().get(caller);
        if (response.getStatusCode().value() != expected) {
          mismatches.add(row.method() + " " + row.path() + " as " + caller + ": expected " + expected + " but was "
              + response.getStatusCode().value());
        } else if (expected >= 400 && !isProblem(response)) {
          mismatches.add(row.method() + " " + row.path() + " as " + caller + ": " + expected + " is not a problem response");
        }
      }
    }

    assertThat(mismatches).isEmpty();
    ResponseEntity<String> selfOffboarding =
        as("partner").exchange(
            "/api/partners/" + partnerA + "/offboarding", HttpMethod.POST, json(Map.of("reason", "leaving")), String.class);
    assertThat(selfOffboarding.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }

  /** A one-page PDF as the library's upload part. */
  private static HttpEntity<?> contentFile() {
    org.springframework.util.MultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add(
        "file",
        new org.springframework.core.io.ByteArrayResource("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
          @Override
          public String getFilename() {
            return "deck.pdf";
          }
        });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static Map<String, Object> deal() {
    return Map.of(
        "customerName", "Initech", "customerDomain", "initech.example", "amount", 1000,
        "expectedCloseDate", java.time.LocalDate.now().plusMonths(1).toString());
  }

  private static Map<String, Object> mdfRequest() {
    return Map.of("activity", "Trade fair", "amount", 500, "plannedDate", java.time.LocalDate.now().plusDays(10).toString());
  }

  @Test
  void aWrongPasswordIs401EvenOnAPublicEndpoint() {
    ResponseEntity<JsonNode> response =
        http.withBasicAuth(partnerUser, "not the password 1").getForEntity("/api/partners/" + partnerA, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  private static boolean isProblem(ResponseEntity<String> response) {
    return MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(response.getHeaders().getContentType());
  }

  private TestRestTemplate as(String caller) {
    return switch (caller) {
      case "anonymous" -> http;
      case "partner" -> http.withBasicAuth(partnerUser, "correct horse 42");
      default -> http.withBasicAuth(caller, caller);
    };
  }

  private long apply(String suffix) {
    Map<String, Object> form = application();
    form.put("website", "https://www.matrix-" + suffix + ".example");
    form.put("contactEmail", "contact@matrix-" + suffix + ".example");
    return http.postForEntity("/api/applications", json(form), JsonNode.class).getBody().get("partnerId").asLong();
  }

  private record Row(HttpMethod method, String path, HttpEntity<?> body, Map<String, Integer> expected) {

    /** The answer a service client gets where it may act. */
    Row as(String serviceClient, int code) {
      Map<String, Integer> changed = new LinkedHashMap<>(expected);
      changed.put(serviceClient, code);
      return new Row(method, path, body, changed);
    }
  }

  private static Row get(String path, int... codes) {
    return new Row(HttpMethod.GET, path, null, codes(codes));
  }

  private static Row delete(String path, int... codes) {
    return new Row(HttpMethod.DELETE, path, null, codes(codes));
  }

  private static Row put(String path, Object body, int... codes) {
    return new Row(HttpMethod.PUT, path, json(body), codes(codes));
  }

  private static Row post(String path, Object body, int... codes) {
    return new Row(HttpMethod.POST, path, body == null ? null : json(body), codes(codes));
  }

  /** The people's codes, in the order of {@link #PEOPLE}; service clients get the default above. */
  private static Map<String, Integer> codes(int... codes) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < PEOPLE.size(); i++) {
      expected.put(PEOPLE.get(i), codes[i]);
    }
    int anonymous = codes[0];
    SERVICE_CLIENTS.forEach(client -> expected.put(client, anonymous == 401 ? 403 : anonymous));
    return expected;
  }
}
