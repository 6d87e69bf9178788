package org.partnerengine;

import java.util.Optional;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notification;
import org.partnerengine.notification.Notifications;

/**
 * What the outbox would mail a partner: tests take invitation and reset tokens from here, as a
 * partner takes them from its mail, never from the API. Tests run without a mail server, so the
 * outbox keeps the link; {@code MailEndToEndTest} runs with one and reads the token from the mail.
 */
public final class Mailbox {

  private final Notifications notifications;

  public Mailbox(Notifications notifications) {
    this.notifications = notifications;
  }

  /** The token of the partner's latest invitation mail, if one was sent. */
  public Optional<String> invitationToken(long partnerId) {
    return token(partnerId, AccountService.INVITATION_TEMPLATE, AccountService.INVITATION_LINK);
  }

  /** The token of the partner's latest password-reset mail, if one was sent. */
  public Optional<String> resetToken(long partnerId) {
    return token(partnerId, AccountService.RESET_TEMPLATE, AccountService.RESET_LINK);
  }

  /** The token of the partner's latest survey invitation, if one was sent. */
  public Optional<String> surveyToken(long partnerId) {
    return token(partnerId, org.partnerengine.feedback.Surveys.INVITATION_TEMPLATE, org.partnerengine.feedback.Surveys.INVITATION_LINK);
  }

  /**
   * The token in a mail's text, after the page's route {@code linkPrefix}: where a test runs with a
   * mail server, it reads the token from the mail as the partner does.
   */
  public static Optional<String> tokenInMail(String text, String linkPrefix) {
    int at = text.indexOf(linkPrefix);
    if (at < 0) {
      return Optional.empty();
    }
    String rest = text.substring(at + linkPrefix.length());
    int end = 0;
    while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '-' || rest.charAt(end) == '_')) {
      end++;
    }
    return Optional.of(rest.substring(0, end));
  }

  public long count(long partnerId, String template) {
    return notifications.countByPartnerIdAndTemplate(partnerId, template);
  }

  private Optional<String> token(long partnerId, String template, String linkPrefix) {
    return notifications.findByPartnerIdOrderByIdAsc(partnerId).stream()
        .filter(n -> n.getTemplate().equals(template))
        .reduce((first, last) -> last)
        .map(Notification::getLink)
        .map(link -> link.substring(link.indexOf(linkPrefix) + linkPrefix.length()));
  }
}
