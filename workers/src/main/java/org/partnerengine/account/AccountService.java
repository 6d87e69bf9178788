package org.partnerengine.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisions, activates and revokes partners' portal accounts, and changes and resets their
 * passwords. Provisioning is idempotent: one account per partner, ever, guarded by a unique key on
 * the partner.
 *
 * <p>Every invitation or reset token is made here and leaves only in the notification to the
 * partner's contact email (the outbox row carries the link); the account keeps its hash. Nobody
 * else, a manager included, ever sees a token.
 */
@Service
public class AccountService {

  public static final String INVITATION_TEMPLATE = "portal-invitation";
  public static final String RESET_TEMPLATE = "password-reset";
  /** The page's routes the mails link to; the sender puts the portal's address in front. */
  public static final String INVITATION_LINK = "/#/invitation/";
  public static final String RESET_LINK = "/#/password-reset/";

  private final PortalAccounts accounts;
  private final NotificationOutbox outbox;
  private final Partners partners;
  private final PartnerHistory history;
  private final Clock clock;
  private final Duration invitationValidity;
  private final Duration resetValidity;

  public AccountService(
      PortalAccounts accounts,
      NotificationOutbox outbox,
      Partners partners,
      PartnerHistory history,
      Clock clock,
      @Value("${partner-engine.accounts.invitation-validity:PT72H}") Duration invitationValidity,
      @Value("${partner-engine.accounts.password-reset-validity:PT1H}") Duration resetValidity) {
    this.accounts = accounts;
    this.outbox = outbox;
    this.partners = partners;
    this.history = history;
    this.clock = clock;
    this.invitationValidity = invitationValidity;
    this.resetValidity = resetValidity;
  }

  /**
   * The partner's account, created the first time only, with an invitation mailed to {@code
   * username} (the contact email). A second call finds the account and sends nothing.
   */
  @Transactional
  public PortalAccount provision(long partnerId, String username) {
    return accounts
        .findByPartnerId(partnerId)
        .orElseGet(
            () -> {
              // One login per person: a contact email that already signs in for another partner
              // stops here with a message that says what to do (the job's incident shows it).
              accounts.findByUsername(username).ifPresent(taken -> {
                throw new AccountConflict(
                    "The contact email " + username + " already signs in for partner " + taken.getPartnerId()
                        + ": give partner " + partnerId + " another contact email, then retry");
              });
              PortalAccount account = accounts.saveAndFlush(new PortalAccount(partnerId, username, clock.instant()));
              sendInvitation(account);
              return account;
            });
  }

  /**
   * A new invitation for an account not accepted yet, mailed to the partner; the one before stops
   * working at once.
   *
   * @param by who asked (a manager), for the partner's history
   */
  @Transactional
  public PortalAccount reissueInvitation(long partnerId, String by) {
    Partner partner = partners.require(partnerId);
    PortalAccount account =
        accounts.findByPartnerId(partnerId).orElseThrow(() -> new AccountConflict("The partner has no portal account yet"));
    sendInvitation(account);
    history.record(partner, "PORTAL_INVITATION_REISSUED", by, "a new invitation was sent");
    return account;
  }

  private void sendInvitation(PortalAccount account) {
    OneTimeToken token = OneTimeToken.generate();
    account.invite(token, clock.instant(), invitationValidity);
    // The first invitation keeps the key it always had, so a redelivered provisioning job finds it.
    String key =
        "partner-" + account.getPartnerId() + ":portal-invitation"
            + (account.getInvitationsSent() == 1 ? "" : ":" + account.getInvitationsSent());
    outbox.enqueue(account.getPartnerId(), INVITATION_TEMPLATE, key, INVITATION_LINK + token.raw());
  }

  /**
   * Accepts an invitation with the partner's chosen password.
   *
   * @param hashPassword hashes the raw password (the web layer owns the encoder)
   */
  @Transactional
  public PortalAccount acceptInvitation(String token, UnaryOperator<String> hashPassword, String rawPassword) {
    PortalAccount account =
        accounts.findByInvitationTokenHash(OneTimeToken.hash(token)).orElseThrow(InvitationNotFound::new);
    checkNewPassword(rawPassword, account.getUsername());
    account.activate(hashPassword.apply(rawPassword), clock.instant());
    return account;
  }

  /**
   * Mails a reset link when {@code email} is an active partner account; does nothing otherwise, and
   * the caller answers the same either way, so the request tells nobody which emails have accounts.
   */
  @Transactional
  public void requestPasswordReset(String email) {
    accounts
        .findByUsername(email)
        .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
        .ifPresent(
            account -> {
              OneTimeToken token = OneTimeToken.generate();
              account.requestReset(token, clock.instant(), resetValidity);
              outbox.enqueue(
                  account.getPartnerId(),
                  RESET_TEMPLATE,
                  "account-" + account.getId() + ":password-reset:" + account.getResetsSent(),
                  RESET_LINK + token.raw());
            });
  }

  /** Sets a new password with a reset token from the mail; the token is spent. */
  @Transactional
  public PortalAccount resetPassword(String token, UnaryOperator<String> hashPassword, String rawPassword) {
    PortalAccount account =
        accounts
            .findByResetTokenHash(OneTimeToken.hash(token))
            .orElseThrow(() -> new PasswordResetNotValid("No open password reset with this token"));
    checkNewPassword(rawPassword, account.getUsername());
    account.resetPassword(hashPassword.apply(rawPassword), clock.instant());
    return account;
  }

  /**
   * A logged-in partner user's new password, given its current one. The old password stops working
   * at once: logins are checked against the stored hash, which is replaced.
   *
   * @param matches checks a raw password against the stored hash (the web layer owns the encoder)
   */
  @Transactional
  public void changePassword(
      String username,
      String currentPassword,
      String newPassword,
      BiPredicate<String, String> matches,
      UnaryOperator<String> hashPassword) {
    PortalAccount account =
        accounts.findByUsername(username).orElseThrow(() -> new AccountConflict("No portal account for this user"));
    if (account.getPasswordHash() == null || !matches.test(currentPassword, account.getPasswordHash())) {
      throw new CurrentPasswordWrong();
    }
    checkNewPassword(newPassword, account.getUsername());
    account.changePassword(hashPassword.apply(newPassword), clock.instant());
  }

  /** Every new password passes here, whichever way it comes (invitation, reset, change). */
  private void checkNewPassword(String rawPassword, String username) {
    if (rawPassword == null || rawPassword.length() < PasswordRules.MIN_LENGTH) {
      throw new PasswordRejected("must be at least " + PasswordRules.MIN_LENGTH + " characters");
    }
    if (rawPassword.getBytes(StandardCharsets.UTF_8).length > PasswordRules.MAX_LENGTH) {
      throw new PasswordRejected("must be at most " + PasswordRules.MAX_LENGTH + " bytes");
    }
    if (!rawPassword.matches(PasswordRules.LETTER_AND_DIGIT)) {
      throw new PasswordRejected(PasswordRules.LETTER_AND_DIGIT_MESSAGE);
    }
    PasswordStrength.check(rawPassword, username);
  }

  @Transactional
  public void revoke(long partnerId) {
    accounts.findByPartnerId(partnerId).ifPresent(account -> account.revoke(clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<PortalAccount> forPartner(long partnerId) {
    return accounts.findByPartnerId(partnerId);
  }
}
