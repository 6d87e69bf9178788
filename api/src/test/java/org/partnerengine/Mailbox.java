package org.partnerengine;

import java.util.Optional;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notification;
import org.partnerengine.notification.Notifications;

/**
 * What the outbox would mail a partner: tests take invitation and reset tokens from here, as a
 * partner takes them from its mail, never from the API.
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
