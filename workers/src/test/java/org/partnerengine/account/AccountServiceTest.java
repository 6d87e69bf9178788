package org.partnerengine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.notification.Notification;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.notification.Notifications;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
@Import({
  AccountService.class,
  NotificationOutbox.class,
  PartnerHistory.class,
  org.partnerengine.config.ClockConfiguration.class
})
class AccountServiceTest {

  @Autowired AccountService service;
  @Autowired PortalAccounts accounts;
  @Autowired Partners partners;
  @Autowired Notifications notifications;
  @Autowired PartnerEvents events;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManager entityManager;

  @Test
  void provisioningTwiceKeepsOneAccountAndMailsOneInvitationWhoseTokenIsNotStored() {
    long partnerId = newPartner();

    service.provision(partnerId, "ada@acme.de");
    PortalAccount second = service.provision(partnerId, "ada@acme.de");

    assertThat(accounts.count()).isEqualTo(1);
    assertThat(second.getStatus()).isEqualTo(AccountStatus.INVITED);
    List<Notification> mails = notifications.findByPartnerIdOrderByIdAsc(partnerId);
    assertThat(mails).extracting(Notification::getTemplate).containsExactly("portal-invitation");
    String token = token(partnerId, "portal-invitation");
    assertThat(token).matches(OneTimeToken.PATTERN);
    entityManager.flush();
    String stored = jdbc.queryForObject("select invitation_token_hash from portal_account where partner_id = ?", String.class, partnerId);
    assertThat(stored).isNotEqualTo(token).isEqualTo(OneTimeToken.hash(token)).hasSize(64);
    assertThat(second.invitationStatus(Instant.now())).isEqualTo(InvitationStatus.PENDING);
    assertThat(second.getInvitationExpiresAt()).isEqualTo(second.getInvitationIssuedAt().plusSeconds(72 * 3600));
  }

  @Test
  void aContactEmailThatSignsInForAnotherPartnerGetsNoSecondAccountAndSaysWhatToDo() {
    long first = newPartner();
    long second = newPartner();
    service.provision(first, "shared@acme.de");

    assertThatThrownBy(() -> service.provision(second, "shared@acme.de"))
        .isInstanceOf(AccountConflict.class)
        .hasMessageContaining("already signs in for partner " + first)
        .hasMessageContaining("another contact email");
    assertThat(service.forPartner(second)).isEmpty();
  }

  @Test
  void anInvitationCanBeAcceptedOnce() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");
    String token = token(partnerId, "portal-invitation");

    PortalAccount active = service.acceptInvitation(token, raw -> "hashed:" + raw, "s3cret-passphrase");

    assertThat(active.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(active.getPasswordHash()).isEqualTo("hashed:s3cret-passphrase");
    assertThatThrownBy(() -> service.acceptInvitation(token, raw -> raw, "an0ther-passphrase"))
        .isInstanceOf(InvitationNotValid.class);
  }

  @Test
  void anExpiredInvitationIsRefusedAndANewOneReplacesTheOld() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");
    String first = token(partnerId, "portal-invitation");
    entityManager.flush();
    jdbc.update("update portal_account set invitation_expires_at = ? where partner_id = ?", java.sql.Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), partnerId);
    entityManager.clear();

    assertThatThrownBy(() -> service.acceptInvitation(first, raw -> raw, "s3cret-passphrase")).isInstanceOf(InvitationNotValid.class);
    assertThat(service.forPartner(partnerId).orElseThrow().invitationStatus(Instant.now())).isEqualTo(InvitationStatus.EXPIRED);

    service.reissueInvitation(partnerId, "manager");
    String second = token(partnerId, "portal-invitation");

    assertThat(second).isNotEqualTo(first);
    assertThatThrownBy(() -> service.acceptInvitation(first, raw -> raw, "s3cret-passphrase")).isInstanceOf(InvitationNotFound.class);
    assertThat(service.acceptInvitation(second, raw -> raw, "s3cret-passphrase").getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(events.countByPartnerIdAndType(partnerId, "PORTAL_INVITATION_REISSUED")).isEqualTo(1);
    assertThatThrownBy(() -> service.reissueInvitation(partnerId, "manager")).isInstanceOf(AccountConflict.class);
  }

  @Test
  void theServiceRefusesAWeakPasswordWhateverTheCaller() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");
    String token = token(partnerId, "portal-invitation");

    assertThatThrownBy(() -> service.acceptInvitation(token, raw -> raw, "short1")).isInstanceOf(PasswordRejected.class);
    assertThatThrownBy(() -> service.acceptInvitation(token, raw -> raw, "no digits in here")).isInstanceOf(PasswordRejected.class);
    assertThatThrownBy(() -> service.acceptInvitation(token, raw -> raw, "ä1".repeat(30))).isInstanceOf(PasswordRejected.class);
    assertThat(service.forPartner(partnerId).orElseThrow().getStatus()).isEqualTo(AccountStatus.INVITED);
  }

  @Test
  void aResetIsMailedOnlyToAnActiveAccountAndWorksOnce() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");
    service.requestPasswordReset("ada@acme.de");
    service.requestPasswordReset("nobody@acme.de");
    assertThat(notifications.countByPartnerIdAndTemplate(partnerId, "password-reset")).isZero();

    service.acceptInvitation(token(partnerId, "portal-invitation"), raw -> "hashed:" + raw, "s3cret-passphrase");
    service.requestPasswordReset("ada@acme.de");
    String reset = token(partnerId, "password-reset");

    service.resetPassword(reset, raw -> "hashed:" + raw, "n3w-passphrase!");
    assertThat(service.forPartner(partnerId).orElseThrow().getPasswordHash()).isEqualTo("hashed:n3w-passphrase!");
    assertThatThrownBy(() -> service.resetPassword(reset, raw -> raw, "th1rd-passphrase")).isInstanceOf(PasswordResetNotValid.class);
  }

  @Test
  void anExpiredResetIsRefusedAndAChangedPasswordClosesAnOpenReset() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");
    service.acceptInvitation(token(partnerId, "portal-invitation"), raw -> "hashed:" + raw, "s3cret-passphrase");
    service.requestPasswordReset("ada@acme.de");
    String expired = token(partnerId, "password-reset");
    entityManager.flush();
    jdbc.update("update portal_account set reset_expires_at = ? where partner_id = ?", java.sql.Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")), partnerId);
    entityManager.clear();
    assertThatThrownBy(() -> service.resetPassword(expired, raw -> raw, "n3w-passphrase!")).isInstanceOf(PasswordResetNotValid.class);

    service.requestPasswordReset("ada@acme.de");
    String open = token(partnerId, "password-reset");
    assertThatThrownBy(
            () -> service.changePassword("ada@acme.de", "wrong", "n3w-passphrase!", (raw, hash) -> hash.equals("hashed:" + raw), raw -> "hashed:" + raw))
        .isInstanceOf(CurrentPasswordWrong.class);
    service.changePassword(
        "ada@acme.de", "s3cret-passphrase", "n3w-passphrase!", (raw, hash) -> hash.equals("hashed:" + raw), raw -> "hashed:" + raw);

    assertThat(service.forPartner(partnerId).orElseThrow().getPasswordHash()).isEqualTo("hashed:n3w-passphrase!");
    assertThatThrownBy(() -> service.resetPassword(open, raw -> raw, "th1rd-passphrase")).isInstanceOf(PasswordResetNotValid.class);
  }

  @Test
  void aRevokedAccountStaysOnRecord() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");

    service.revoke(partnerId);

    assertThat(service.forPartner(partnerId)).get().extracting(PortalAccount::getStatus).isEqualTo(AccountStatus.REVOKED);
  }

  /** The token from the last mail of this template, as the partner would click it. */
  private String token(long partnerId, String template) {
    String link =
        notifications.findByPartnerIdOrderByIdAsc(partnerId).stream()
            .filter(n -> n.getTemplate().equals(template))
            .reduce((first, last) -> last)
            .orElseThrow()
            .getLink();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private long newPartner() {
    return partners
        .saveAndFlush(new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH))
        .getId();
  }
}
