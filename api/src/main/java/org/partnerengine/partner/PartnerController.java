package org.partnerengine.partner;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.partnerengine.account.AccountService;
import org.partnerengine.account.InvitationStatus;
import org.partnerengine.certification.Certificates;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.partnerengine.tasks.TaskInbox;
import org.partnerengine.tasks.TaskView;
import org.partnerengine.paging.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners for staff, and a partner user's own partner. Another partner's id is 404 for a
 * partner user, exactly as an id that does not exist. A partner user sees its partner without
 * what is internal (the staff's open tasks, the process instance) and only the partner-facing
 * part of its history ({@link PartnerFacingHistory}).
 */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

  private final Partners partners;
  private final PartnerEvents events;
  private final TaskInbox inbox;
  private final AccountService accounts;
  private final Certificates certificates;
  private final Clock clock;
  private final HistoryWording wording;

  PartnerController(
      Partners partners,
      PartnerEvents events,
      TaskInbox inbox,
      AccountService accounts,
      Certificates certificates,
      Clock clock,
      HistoryWording wording) {
    this.partners = partners;
    this.events = events;
    this.inbox = inbox;
    this.accounts = accounts;
    this.certificates = certificates;
    this.clock = clock;
    this.wording = wording;
  }

  /**
   * The portal invitation's state, for managers: whether to send a new one. Never the token, which
   * goes to the partner's contact email only.
   */
  record InvitationView(InvitationStatus status, Instant issuedAt, Instant expiresAt) {}

  /** The partner with what is going on around it. */
  record PartnerDetails(
      @JsonUnwrapped PartnerView partner,
      List<TaskView> openTasks,
      List<CertificateView> certificates,
      InvitationView invitation) {}

  @GetMapping
  PageView<PartnerView> partners(
      @RequestParam(required = false) Stage stage,
      @RequestParam(required = false) PartnerType type,
      @RequestParam(required = false) @Size(max = 16) String tier,
      @RequestParam(required = false) @Size(min = 1, max = 100) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    String prefix = q == null || q.isBlank() ? null : escapeLike(q.strip()) + "%";
    return PageView.of(
        partners.search(stage, type, tier, prefix, PageRequest.of(page, size, Sort.by("id"))), PartnerView::of);
  }

  @GetMapping("/{id}")
  PartnerDetails partner(@PathVariable long id, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    Partner partner = visible(id, caller);
    List<CertificateView> certificatesOf =
        certificates.findByPartnerIdOrderByIssuedAtDescIdDesc(id).stream().map(CertificateView::of).toList();
    if (!caller.isStaff()) {
      // The inbox holds staff's tasks only (reviews, follow-ups of attention findings).
      return new PartnerDetails(PartnerView.forPartner(partner), List.of(), certificatesOf, null);
    }
    InvitationView invitation =
        caller.is(Role.PARTNER_MANAGER)
            ? accounts.forPartner(id)
                .map(a -> new InvitationView(a.invitationStatus(clock.instant()), a.getInvitationIssuedAt(), a.getInvitationExpiresAt()))
                .orElse(null)
            : null;
    return new PartnerDetails(
        PartnerView.of(partner), inbox.openTasksOf(id).stream().map(TaskView::of).toList(), certificatesOf, invitation);
  }

  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable long id, Authentication authentication, Locale locale) {
    Caller caller = Caller.of(authentication);
    visible(id, caller);
    List<PartnerEvent> history = events.findByPartnerIdOrderByOccurredAtAscIdAsc(id);
    if (!caller.isStaff()) {
      return PartnerFacingHistory.of(history, caller.username()).stream()
          .map(line -> HistoryEntry.of(line, wording, locale))
          .toList();
    }
    return history.stream().map(event -> HistoryEntry.of(event, wording, locale)).toList();
  }

  private Partner visible(long id, Caller caller) {
    if (!caller.mayAccessPartner(id)) {
      throw new PartnerNotFound(id);
    }
    return partners.require(id);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
