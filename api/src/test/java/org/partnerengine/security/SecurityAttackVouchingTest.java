package org.partnerengine.security;

import org.partnerengine.PortalUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerengine.banking.BankingDetailsTest;
import org.partnerengine.banking.PayoutAccounts;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.attention.AttentionFactsCollector;
import org.partnerengine.certification.Certificates;
import org.partnerengine.certification.ExamAttempts;
import org.partnerengine.deals.DealStatus;
import org.partnerengine.deals.Deals;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.tiering.TierChanges;
import org.partnerengine.tiering.TierFactsSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who vouches for a fact: a partner cannot certify itself, cannot book revenue by reporting its
 * own win, and cannot lock customers away with unlimited registrations; the training platform's
 * client can report courses and exams and nothing else.
 */
@PartnerEngineTest
class SecurityAttackVouchingTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String PASSWORD = "correct horse 42";

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;
  @Autowired Certificates certificates;
  @Autowired ExamAttempts attempts;
  @Autowired Deals deals;
  @Autowired TierFactsSource tierFacts;
  @Autowired TierChanges tierChanges;
  @Autowired AttentionFactsCollector attentionFacts;
  @Autowired CamundaClient camunda;
  @Autowired PayoutAccounts payoutAccounts;

  private static final Map<String, Object> PAYOUT_ACCOUNT =
      Map.of("accountHolder", "Payout GmbH", "iban", "DE89 3704 0044 0532 0130 00", "bic", "COBADEFFXXX");
  @Autowired ZeebeTestEngine engine;

  @Test
  void aPartnerPostingAPerfectExamScoreForItselfIsRefusedAndNothingHappens() throws Exception {
    long partnerId = activePartner("self-exam");
    TestRestTemplate self = portalUser(partnerId, "self-exam");
    camunda.newCreateInstanceCommand().bpmnProcessId("partner-certification").latestVersion()
        .variables(Map.of("partnerId", partnerId, "maxExamAttempts", 3)).send().join();
    long historyBefore = events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId).size();

    ResponseEntity<JsonNode> exam =
        self.postForEntity("/api/partners/" + partnerId + "/exam-results", json(Map.of("examId", "sales-certification", "score", 100)), JsonNode.class);
    ResponseEntity<JsonNode> course =
        self.postForEntity("/api/partners/" + partnerId + "/training-completions", json(Map.of("courseId", "product-essentials")), JsonNode.class);

    assertRefused(exam, HttpStatus.FORBIDDEN);
    assertRefused(course, HttpStatus.FORBIDDEN);
    engine.waitForIdleState(WAIT);
    assertThat(certificates.countByPartnerId(partnerId)).isZero();
    assertThat(attempts.findByPartnerIdOrderByAttemptedAtAscIdAsc(partnerId)).isEmpty();
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId)).hasSize((int) historyBefore);
    assertThat(events.countByPartnerIdAndType(partnerId, "EXAM_RESULT_RECEIVED")).isZero();

    // The certification was waiting all along: the training platform's result is taken.
    ResponseEntity<JsonNode> platform =
        as("training").postForEntity(
            "/api/partners/" + partnerId + "/exam-results", json(Map.of("examId", "sales-certification", "score", 91)), JsonNode.class);
    assertThat(platform.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(WAIT).until(() -> certificates.countByPartnerId(partnerId) == 1);
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .filteredOn(e -> e.getType().equals("EXAM_RESULT_RECEIVED"))
        .extracting(e -> e.getActor())
        .containsExactly("training");
  }

  @Test
  void aPartnerCannotLowerAnExamsPassMarkNorAddOrRetireCatalogueEntries() {
    long partnerId = activePartner("self-pass-mark");
    TestRestTemplate self = portalUser(partnerId, "self-pass-mark");

    ResponseEntity<JsonNode> lowered =
        self.exchange(
            "/api/training-catalogue/sales-certification",
            HttpMethod.PUT,
            json(Map.of("title", "Sales certification", "passMark", 0, "maxAttempts", 100)),
            JsonNode.class);
    ResponseEntity<JsonNode> added =
        self.postForEntity(
            "/api/training-catalogue",
            json(Map.of("id", "my-own-exam", "kind", "EXAM", "title", "Mine", "passMark", 0, "maxAttempts", 100)),
            JsonNode.class);
    ResponseEntity<JsonNode> retired =
        self.postForEntity("/api/training-catalogue/technical-certification/retirement", null, JsonNode.class);

    assertRefused(lowered, HttpStatus.FORBIDDEN);
    assertRefused(added, HttpStatus.FORBIDDEN);
    assertRefused(retired, HttpStatus.FORBIDDEN);
    JsonNode exam = manager().getForObject("/api/training-catalogue/sales-certification", JsonNode.class);
    assertThat(exam.get("passMark").decimalValue()).isEqualByComparingTo("70");
    assertThat(exam.get("maxAttempts").asInt()).isEqualTo(3);
    assertThat(manager().getForEntity("/api/training-catalogue/my-own-exam", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(manager().getForObject("/api/training-catalogue/technical-certification", JsonNode.class).get("retired").asBoolean())
        .isFalse();
  }

  @Test
  void aPartnerReportingItsOwnDealWonForATrillionBooksNothingUntilTheChannelConfirmsIt() throws Exception {
    long partnerId = activePartner("self-win");
    TestRestTemplate self = portalUser(partnerId, "self-win");
    long dealId = register(self, partnerId, "self-win-customer.example").getBody().get("dealId").asLong();
    await().atMost(WAIT).until(() -> deals.require(dealId).getStatus() == DealStatus.APPROVED);

    ResponseEntity<JsonNode> reported =
        self.postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", new BigDecimal("1000000000000"))), JsonNode.class);

    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    await().atMost(WAIT).until(() -> deals.require(dealId).getStatus() == DealStatus.WON_UNVERIFIED);
    JsonNode task = awaitTask(partnerId, "Task_VerifyWonDeal");
    engine.waitForIdleState(WAIT);
    Instant now = Instant.now();
    assertThat(tierFacts.factsFor(partnerId, now.minus(365, ChronoUnit.DAYS), now.plusSeconds(60)).bookedRevenue()).isZero();
    assertThat(tierFacts.wonRevenue(partnerId, now.minus(365, ChronoUnit.DAYS), now.plusSeconds(60))).isZero();
    JsonNode scorecard = manager().getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    assertThat(scorecard.at("/last90Days/won").asLong()).isZero();
    assertThat(scorecard.at("/last90Days/wonRevenue").decimalValue()).isZero();
    assertThat(scorecard.at("/last12Months/wonRevenue").decimalValue()).isZero();
    assertThat(numbersIn(manager().getForObject("/api/partners/" + partnerId + "/forecast", JsonNode.class)))
        .allSatisfy(n -> assertThat(n).isLessThan(new BigDecimal("1000000000")));
    assertThat(attentionFacts.factsFor(partnerId).annualisedRevenue()).isZero();
    assertThat(tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId)).isEmpty();

    // The channel checks it against the invoice: it counts, at the amount they confirmed.
    claimAndComplete(task, Map.of("confirmed", true, "confirmedAmount", 60_000, "comment", "invoice 2026-118"));
    await().atMost(WAIT).until(() -> deals.require(dealId).getStatus() == DealStatus.WON);
    JsonNode confirmed = manager().getForObject("/api/partners/" + partnerId + "/scorecard", JsonNode.class);
    assertThat(confirmed.at("/last90Days/wonRevenue").decimalValue()).isEqualByComparingTo("60000");
  }

  @Test
  void aPartnerRegisteringBeyondTheCapIsRefusedAndNothingIsStored() {
    long partnerId = activePartner("hoarder");
    TestRestTemplate self = portalUser(partnerId, "hoarder");
    for (int i = 0; i < 25; i++) {
      assertThat(register(self, partnerId, "hoarded-" + i + ".example").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    ResponseEntity<JsonNode> oneMore = register(self, partnerId, "one-more.example");

    assertRefused(oneMore, HttpStatus.CONFLICT);
    assertThat(oneMore.getBody().get("title").asText()).isEqualTo("Too many open deal registrations");
    assertThat(deals.findByPartnerIdOrderByIdDesc(partnerId, Pageable.unpaged())).hasSize(25);
    assertThat(deals.customerHolder("one-more.example")).isEmpty();
  }

  @Test
  void theTrainingPlatformsClientReportsCoursesAndExamsAndNothingElse() throws Exception {
    long partnerId = activePartner("machine-reach");
    long dealId = register(manager(), partnerId, "machine-reach-customer.example").getBody().get("dealId").asLong();
    await().atMost(WAIT).until(() -> deals.require(dealId).getStatus() == DealStatus.APPROVED);
    TestRestTemplate training = as("training");
    long dealsBefore = deals.count();

    assertRefused(training.getForEntity("/api/partners", JsonNode.class), HttpStatus.FORBIDDEN);
    assertRefused(training.getForEntity("/api/partners/" + partnerId, JsonNode.class), HttpStatus.FORBIDDEN);
    assertRefused(training.getForEntity("/api/tasks", JsonNode.class), HttpStatus.FORBIDDEN);
    assertRefused(
        training.postForEntity("/api/deals/" + dealId + "/outcome", json(Map.of("outcome", "WON", "amount", 1_000_000)), JsonNode.class),
        HttpStatus.FORBIDDEN);
    assertRefused(register(training, partnerId, "machine-made.example"), HttpStatus.FORBIDDEN);
    assertRefused(
        training.exchange("/api/partners/" + partnerId + "/offboarding", HttpMethod.POST, json(Map.of("reason", "bye")), JsonNode.class),
        HttpStatus.FORBIDDEN);
    // Nor does the CRM report exam results.
    assertRefused(
        as("crm").postForEntity("/api/partners/" + partnerId + "/exam-results", json(Map.of("examId", "sales-certification", "score", 100)), JsonNode.class),
        HttpStatus.FORBIDDEN);

    engine.waitForIdleState(WAIT);
    assertThat(deals.require(dealId).getStatus()).isEqualTo(DealStatus.APPROVED);
    assertThat(deals.count()).isEqualTo(dealsBefore);
    assertThat(partners.require(partnerId).getStage()).isEqualTo(Stage.ACTIVE);
    assertThat(events.countByPartnerIdAndType(partnerId, "EXAM_RESULT_RECEIVED")).isZero();
    assertThat(events.countByPartnerIdAndType(partnerId, "DEAL_OUTCOME_REPORTED")).isZero();
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  private ResponseEntity<JsonNode> register(TestRestTemplate user, long partnerId, String domain) {
    return user.postForEntity(
        "/api/partners/" + partnerId + "/deals",
        json(Map.of("customerName", "Customer " + domain, "customerDomain", domain, "amount", 50_000,
            "expectedCloseDate", LocalDate.now().plusMonths(2).toString())),
        JsonNode.class);
  }

  private JsonNode awaitTask(long partnerId, String elementId) {
    AtomicReference<JsonNode> found = new AtomicReference<>();
    await().atMost(WAIT).until(() -> {
      JsonNode tasks = as("approver").getForObject("/api/tasks?partnerId=" + partnerId + "&state=CREATED", JsonNode.class);
      for (JsonNode task : tasks.path("content")) {
        if (elementId.equals(task.path("elementId").asText())) {
          found.set(task);
          return true;
        }
      }
      return false;
    });
    return found.get();
  }

  private void claimAndComplete(JsonNode task, Map<String, Object> variables) {
    long id = task.get("id").asLong();
    TestRestTemplate approver = as("approver");
    assertThat(approver.postForEntity("/api/tasks/" + id + "/claim", null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> done = approver.postForEntity("/api/tasks/" + id + "/complete", json(Map.of("variables", variables)), JsonNode.class);
    assertThat(done.getStatusCode()).as("completing: %s", done.getBody()).isEqualTo(HttpStatus.OK);
  }

  private static List<BigDecimal> numbersIn(JsonNode node) {
    List<BigDecimal> numbers = new ArrayList<>();
    if (node.isNumber()) {
      numbers.add(node.decimalValue());
    }
    node.elements().forEachRemaining(child -> numbers.addAll(numbersIn(child)));
    return numbers;
  }

  @Test
  void aPartnerPastOnboardingCannotRedirectItsPayoutsOnlyFinanceChangesTheAccount() {
    long partnerId = activePartner("payout-active");
    TestRestTemplate partner = portalUser(partnerId, "payout-active");
    String path = "/api/partners/" + partnerId + "/banking-details";

    ResponseEntity<JsonNode> redirected = BankingDetailsTest.put(partner, path, Map.of("accountHolder", "Someone Else", "iban", "GB82 WEST 1234 5698 7654 32"));
    ResponseEntity<JsonNode> byManager = BankingDetailsTest.put(http.withBasicAuth("manager", "manager"), path, PAYOUT_ACCOUNT);
    ResponseEntity<JsonNode> byFinance = BankingDetailsTest.put(http.withBasicAuth("finance", "finance"), path, PAYOUT_ACCOUNT);

    assertThat(redirected.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(redirected.getBody().path("title").asText()).isEqualTo("Banking details locked");
    assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byFinance.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(payoutAccounts.findByPartnerId(partnerId)).get().satisfies(account -> {
      assertThat(account.getIban()).isEqualTo("DE89370400440532013000");
      assertThat(account.getSubmittedBy()).isEqualTo("finance");
    });
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
    var account = PortalUsers.provision(accounts, partnerId, "owner@" + name + ".example");
    ResponseEntity<JsonNode> accepted =
        http.postForEntity(
            "/api/invitations/" + new Mailbox(notifications).invitationToken(partnerId).orElseThrow(),
            json(Map.of("password", PASSWORD)),
            JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    return http.withBasicAuth(account.getUsername(), PASSWORD);
  }

  private TestRestTemplate manager() {
    return as("manager");
  }

  private TestRestTemplate as(String devUser) {
    return http.withBasicAuth(devUser, devUser);
  }
}
