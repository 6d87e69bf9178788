package org.partnerengine.security;

import org.partnerengine.PortalUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.tiering.Tier;
import org.partnerengine.tiering.TierHistory;
import org.partnerengine.tiering.TierReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attacks on portal invitations, passwords and what a partner may read about itself: a manager
 * taking the partner's invitation, tokens replayed, expired or guessed from the database, password
 * resets used to probe for accounts or replayed, and a partner reading the staff's notes on it.
 */
@PartnerEngineTest
class SecurityAttackInvitationTest {

  private static final AtomicInteger PARTNERS = new AtomicInteger();
  private static final String PASSWORD = "Portal-Passw0rd-1";

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired JdbcTemplate jdbc;
  @Autowired Partners partners;
  @Autowired PartnerHistory history;
  @Autowired TransactionTemplate transaction;
  @Autowired TierHistory tiers;

  @Test
  void aManagerReadingThePartnerNeverSeesTheInvitationToken() {
    Invited partner = invitedPartner();

    ResponseEntity<String> details = manager().getForEntity("/api/partners/" + partner.id(), String.class);
    ResponseEntity<String> historyAsManager = manager().getForEntity("/api/partners/" + partner.id() + "/history", String.class);
    ResponseEntity<String> mails = manager().getForEntity("/api/partners/" + partner.id() + "/notifications", String.class);

    assertThat(details.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(details.getBody()).doesNotContain(partner.token()).contains("\"status\":\"PENDING\"").doesNotContain("\"token\"");
    assertThat(historyAsManager.getBody()).doesNotContain(partner.token());
    // The invitation's delivery status, not its link.
    assertThat(mails.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mails.getBody())
        .contains("\"template\":\"portal-invitation\"", "\"status\":\"PENDING\"", "\"attempts\":0")
        .doesNotContain(partner.token())
        .doesNotContain("\"link\"");
    Map<String, Object> row = jdbc.queryForMap("select * from portal_account where partner_id = ?", partner.id());
    assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(partner.token()));
    assertThat(row.get("invitation_token_hash")).isNotNull();
  }

  @Test
  void anInvitationTokenUsedTwiceIsRefusedTheSecondTime() {
    Invited partner = invitedPartner();
    assertThat(accept(partner.token(), PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    String hash = passwordHash(partner.id());

    ResponseEntity<JsonNode> again = accept(partner.token(), "Attacker-Passw0rd-2");

    assertProblem(again, HttpStatus.BAD_REQUEST, "Invitation not valid");
    assertThat(passwordHash(partner.id())).isEqualTo(hash);
    assertThat(loginStatus(partner.email(), "Attacker-Passw0rd-2")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(loginStatus(partner.email(), PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCommonPasswordIsRefusedAndTheInvitationStaysOpen() {
    Invited partner = invitedPartner();

    ResponseEntity<JsonNode> refused = accept(partner.token(), "Password1234");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("password");
    assertThat(refused.getBody().at("/errors/0/message").asText()).contains("too easy to guess");
    assertThat(accountStatus(partner.id())).isEqualTo("INVITED");
    assertThat(accept(partner.token(), PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anExpiredInvitationIsRefused() {
    Invited partner = invitedPartner();
    Timestamp longAgo = Timestamp.from(Instant.parse("2020-01-01T00:00:00Z"));
    jdbc.update(
        "update portal_account set invitation_issued_at = ?, invitation_expires_at = ? where partner_id = ?",
        longAgo, Timestamp.from(Instant.parse("2020-01-04T00:00:00Z")), partner.id());

    ResponseEntity<JsonNode> late = accept(partner.token(), PASSWORD);

    assertProblem(late, HttpStatus.BAD_REQUEST, "Invitation not valid");
    assertThat(accountStatus(partner.id())).isEqualTo("INVITED");
    assertThat(passwordHash(partner.id())).isNull();
    assertThat(manager().getForObject("/api/partners/" + partner.id(), JsonNode.class).at("/invitation/status").asText()).isEqualTo("EXPIRED");
  }

  @Test
  void aNewInvitationInvalidatesTheOldTokenAndOnlyAManagerMaySendOne() {
    Invited partner = invitedPartner();
    long mails = mailbox().count(partner.id(), AccountService.INVITATION_TEMPLATE);

    for (TestRestTemplate notAManager : List.of(http, http.withBasicAuth("approver", "approver"), http.withBasicAuth("designer", "designer"))) {
      ResponseEntity<JsonNode> refused = notAManager.postForEntity("/api/partners/" + partner.id() + "/invitation", null, JsonNode.class);
      assertThat(refused.getStatusCode().value()).isIn(401, 403);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    assertThat(mailbox().count(partner.id(), AccountService.INVITATION_TEMPLATE)).isEqualTo(mails);

    ResponseEntity<JsonNode> reissued = manager().postForEntity("/api/partners/" + partner.id() + "/invitation", null, JsonNode.class);
    assertThat(reissued.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(reissued.getBody().path("status").asText()).isEqualTo("PENDING");
    assertThat(reissued.getBody().has("token")).isFalse();
    String fresh = mailbox().invitationToken(partner.id()).orElseThrow();
    assertThat(fresh).isNotEqualTo(partner.token());

    assertProblem(accept(partner.token(), PASSWORD), HttpStatus.NOT_FOUND, "Invitation not found");
    assertThat(accountStatus(partner.id())).isEqualTo("INVITED");
    assertThat(accept(fresh, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(historyOf(partner.id(), manager())).contains("PORTAL_INVITATION_REISSUED").doesNotContain(fresh);
  }

  private long resetMails() {
    return notifications.findAll().stream().filter(n -> AccountService.RESET_TEMPLATE.equals(n.getTemplate())).count();
  }

  @Test
  void aResetForAnUnknownEmailIsAnsweredLikeAKnownOneAndMailsNothing() {
    Invited partner = activePartner();
    // Other mails (the lifecycle's, the task digest) may be written meanwhile: count resets only.
    long before = resetMails();

    ResponseEntity<String> unknown = http.postForEntity("/api/password-resets", json(Map.of("email", "nobody-" + partner.id() + "@nowhere.example")), String.class);

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(resetMails()).isEqualTo(before);
    ResponseEntity<String> known = http.postForEntity("/api/password-resets", json(Map.of("email", partner.email())), String.class);
    assertThat(known.getStatusCode()).isEqualTo(unknown.getStatusCode());
    assertThat(known.getBody()).isEqualTo(unknown.getBody());
    assertThat(mailbox().count(partner.id(), AccountService.RESET_TEMPLATE)).isEqualTo(1);
  }

  @Test
  void aResetTokenSetsThePasswordOnceAndTheOldPasswordStopsWorking() {
    Invited partner = activePartner();
    http.postForEntity("/api/password-resets", json(Map.of("email", partner.email())), String.class);
    String token = mailbox().resetToken(partner.id()).orElseThrow();

    assertThat(http.postForEntity("/api/password-resets/" + token, json(Map.of("password", "Reset-Passw0rd-2")), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String hash = passwordHash(partner.id());
    ResponseEntity<JsonNode> replay = http.postForEntity("/api/password-resets/" + token, json(Map.of("password", "Attacker-Passw0rd-3")), JsonNode.class);

    assertProblem(replay, HttpStatus.BAD_REQUEST, "Password reset not valid");
    assertThat(passwordHash(partner.id())).isEqualTo(hash);
    assertThat(loginStatus(partner.email(), PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(loginStatus(partner.email(), "Attacker-Passw0rd-3")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(loginStatus(partner.email(), "Reset-Passw0rd-2")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aChangedPasswordStopsTheOldOneAtOnceEvenRightAfterItWasVerified() {
    Invited partner = activePartner();
    // The old password was just verified, so the credential cache holds it.
    assertThat(loginStatus(partner.email(), PASSWORD)).isEqualTo(HttpStatus.OK);
    TestRestTemplate self = http.withBasicAuth(partner.email(), PASSWORD);
    String hash = passwordHash(partner.id());

    ResponseEntity<JsonNode> wrongCurrent =
        self.postForEntity("/api/me/password", json(Map.of("currentPassword", "Guessed-Passw0rd-9", "newPassword", "Changed-Passw0rd-4")), JsonNode.class);
    assertProblem(wrongCurrent, HttpStatus.BAD_REQUEST, "Invalid request");
    assertThat(wrongCurrent.getBody().at("/errors/0/field").asText()).isEqualTo("currentPassword");
    assertThat(passwordHash(partner.id())).isEqualTo(hash);

    ResponseEntity<String> changed =
        self.postForEntity("/api/me/password", json(Map.of("currentPassword", PASSWORD, "newPassword", "Changed-Passw0rd-4")), String.class);

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(loginStatus(partner.email(), PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(loginStatus(partner.email(), "Changed-Passw0rd-4")).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aPartnerReadsItsHistoryAndItselfWithoutStaffNamesReasonsScoresOrAttentionNotes() {
    Invited partner = activePartner();
    await().atMost(Duration.ofSeconds(30))
        .until(() -> manager().getForObject("/api/partners/" + partner.id(), JsonNode.class).path("openTasks").size() > 0);
    // The partner's lifecycle runs on meanwhile and may update the partner row: seed again then.
    await().atMost(Duration.ofSeconds(30)).ignoreException(ObjectOptimisticLockingFailureException.class).until(() -> seeded(partner));
    TestRestTemplate self = http.withBasicAuth(partner.email(), PASSWORD);

    String own = self.getForObject("/api/partners/" + partner.id() + "/history", String.class);
    JsonNode ownEntries = self.getForObject("/api/partners/" + partner.id() + "/history", JsonNode.class);
    JsonNode ownPartner = self.getForObject("/api/partners/" + partner.id(), JsonNode.class);
    String ownTiers = self.getForObject("/api/partners/" + partner.id() + "/tier-history", String.class);

    assertThat(ownEntries.findValuesAsText("type")).contains("APPLICATION_RECEIVED", "APPLICATION_APPROVED")
        .doesNotContain("ATTENTION_RAISED", "ATTENTION_FOLLOWED_UP", "TIER_KEPT", "APPLICATION_ENRICHED")
        .contains("TIER_UPGRADED");
    assertThat(ownEntries.findValuesAsText("actor")).isSubsetOf("You", "Partner team");
    assertThat(own).doesNotContain("approver", "fit score", "Strong regional", "AT_RISK", "CEO", "manager", "revenue down", "300k", "system");
    assertThat(ownTiers).contains("\"toTier\":\"SILVER\"").doesNotContain("approver", "revenue", "300k", "KEPT", "proposedTier", "trigger");
    assertThat(ownPartner.path("openTasks")).isEmpty();
    assertThat(ownPartner.has("processInstanceKey")).isFalse();
    assertThat(ownPartner.has("invitation")).isFalse();
    // Staff still read everything.
    assertThat(manager().getForObject("/api/partners/" + partner.id() + "/history", String.class))
        .contains("approver", "fit score 87", "AT_RISK", "called the CEO", "revenue down");
    assertThat(manager().getForObject("/api/partners/" + partner.id() + "/tier-history", String.class)).contains("KEPT", "revenue down", "approver");
  }

  /** Entries only staff may read: an approval with its reason and score, attention notes, tier reviews. */
  private boolean seeded(Invited partner) {
    transaction.executeWithoutResult(
        status -> {
          var p = partners.require(partner.id());
          history.record(p, "APPLICATION_APPROVED", "approver", "approved by an approver, fit score 87: Strong regional reseller, watch the margins");
          history.record(p, "ATTENTION_RAISED", "partner-attention rules", "AT_RISK: no deal in 90 days");
          history.record(p, "ATTENTION_FOLLOWED_UP", "partner-managers", "called the CEO, seems unhappy");
          tiers.apply(new TierReview(partner.id(), 7_000_000L + partner.id(), Tier.SILVER, "won 300k: BIG_DEAL_WON", "BIG_DEAL_WON", "approver"));
          tiers.keep(new TierReview(partner.id(), 8_000_000L + partner.id(), Tier.REGISTERED, "revenue down, margins poor", "QUARTERLY", "approver"));
        });
    return true;
  }

  private record Invited(long id, String email, String token) {}

  /** A partner that applied, with a portal account provisioned as onboarding does, invitation unopened. */
  private Invited invitedPartner() {
    int n = PARTNERS.incrementAndGet();
    Map<String, Object> form = application();
    form.put("website", "https://www.invite-attack-" + n + ".example");
    form.put("contactEmail", "owner@invite-attack-" + n + ".example");
    long id = http.postForEntity("/api/applications", json(form), JsonNode.class).getBody().get("partnerId").asLong();
    PortalUsers.provision(accounts, id, "owner@invite-attack-" + n + ".example");
    return new Invited(id, "owner@invite-attack-" + n + ".example", mailbox().invitationToken(id).orElseThrow());
  }

  private Invited activePartner() {
    Invited partner = invitedPartner();
    assertThat(accept(partner.token(), PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    return partner;
  }

  private ResponseEntity<JsonNode> accept(String token, String password) {
    return http.postForEntity("/api/invitations/" + token, json(Map.of("password", password)), JsonNode.class);
  }

  private HttpStatus loginStatus(String username, String password) {
    return HttpStatus.valueOf(http.withBasicAuth(username, password).getForEntity("/api/me", String.class).getStatusCode().value());
  }

  private String passwordHash(long partnerId) {
    return jdbc.queryForObject("select password_hash from portal_account where partner_id = ?", String.class, partnerId);
  }

  private String accountStatus(long partnerId) {
    return jdbc.queryForObject("select status from portal_account where partner_id = ?", String.class, partnerId);
  }

  private List<String> historyOf(long partnerId, TestRestTemplate as) {
    return as.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class).findValuesAsText("type");
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String title) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().path("title").asText()).isEqualTo(title);
  }

  private Mailbox mailbox() {
    return new Mailbox(notifications);
  }

  private TestRestTemplate manager() {
    return http.withBasicAuth("manager", "manager");
  }
}
