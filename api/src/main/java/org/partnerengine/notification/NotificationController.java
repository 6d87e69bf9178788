package org.partnerengine.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.partnerengine.paging.PageView;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the partner was sent and whether it arrived, for managers: a mail that keeps failing shows
 * its attempts and the mail server's last answer. Never the link an invitation or reset carries:
 * its token reaches the partner's mailbox and nowhere else.
 */
@RestController
class NotificationController {

  private final Notifications notifications;
  private final Partners partners;

  NotificationController(Notifications notifications, Partners partners) {
    this.notifications = notifications;
    this.partners = partners;
  }

  record NotificationView(
      long id,
      String template,
      NotificationStatus status,
      Instant createdAt,
      Instant sentAt,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      String locale) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.getId(),
          n.getTemplate(),
          n.getStatus(),
          n.getCreatedAt(),
          n.getSentAt(),
          n.getAttempts(),
          n.getNextAttemptAt(),
          n.getLastError(),
          n.getLocale());
    }
  }

  /** Newest first. */
  @GetMapping("/api/partners/{id}/notifications")
  PageView<NotificationView> notifications(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    partners.require(id);
    return PageView.of(
        notifications.findByPartnerId(id, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"))), NotificationView::of);
  }
}
