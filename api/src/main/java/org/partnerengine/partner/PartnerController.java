package org.partnerengine.partner;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.partnerengine.account.AccountService;
import org.partnerengine.account.AccountStatus;
import org.partnerengine.certification.Certificates;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.partnerengine.tasks.TaskInbox;
import org.partnerengine.tasks.TaskView;
import org.partnerengine.web.PageView;
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
 * partner user, exactly as an id that does not exist.
 */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

  private final Partners partners;
  private final PartnerEvents events;
  private final TaskInbox inbox;
  private final AccountService accounts;
  private final Certificates certificates;

  PartnerController(
      Partners partners, PartnerEvents events, TaskInbox inbox, AccountService accounts, Certificates certificates) {
    this.partners = partners;
    this.events = events;
    this.inbox = inbox;
    this.accounts = accounts;
    this.certificates = certificates;
  }

  /** A pending portal invitation, shown to managers so they can pass it on. */
  record InvitationView(String token, Instant expiresAt, AccountStatus status) {}

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
    InvitationView invitation =
        caller.is(Role.PARTNER_MANAGER)
            ? accounts.forPartner(id)
                .filter(a -> a.getStatus() == AccountStatus.INVITED)
                .map(a -> new InvitationView(a.getInvitationToken(), a.getInvitationExpiresAt(), a.getStatus()))
                .orElse(null)
            : null;
    return new PartnerDetails(
        PartnerView.of(partner),
        inbox.openTasksOf(id).stream().map(TaskView::of).toList(),
        certificates.findByPartnerIdOrderByIssuedAtDescIdDesc(id).stream().map(CertificateView::of).toList(),
        invitation);
  }

  @GetMapping("/{id}/history")
  List<HistoryEntry> history(@PathVariable long id, Authentication authentication) {
    visible(id, Caller.of(authentication));
    return events.findByPartnerIdOrderByOccurredAtAscIdAsc(id).stream().map(HistoryEntry::of).toList();
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
