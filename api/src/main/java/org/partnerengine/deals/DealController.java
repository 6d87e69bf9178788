package org.partnerengine.deals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.partnerengine.paging.PageView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's deal registrations. Registration answers 202: the conflict check and the approval
 * run in the deal-registration process. Paths that act for a partner carry its id. An outcome
 * comes from the partner (its own deals; a win then waits for the channel to confirm it), a
 * manager or the CRM's service client (any deal).
 */
@RestController
class DealController {

  private final DealRegistrations registrations;
  private final Deals deals;

  DealController(DealRegistrations registrations, Deals deals) {
    this.registrations = registrations;
    this.deals = deals;
  }

  @PostMapping("/api/partners/{partnerId}/deals")
  ResponseEntity<DealReceipt> register(
      @PathVariable long partnerId, @Valid @RequestBody DealRegistration registration, Authentication authentication) {
    requireAccess(partnerId, authentication);
    return ResponseEntity.accepted().body(registrations.register(partnerId, registration));
  }

  @GetMapping("/api/partners/{partnerId}/deals")
  List<DealView> deals(
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
      Authentication authentication) {
    requireAccess(partnerId, authentication);
    return registrations.list(partnerId, PageRequest.of(page, size)).stream().map(DealView::of).toList();
  }

  @PostMapping("/api/deals/{dealId}/outcome")
  ResponseEntity<Void> outcome(
      @PathVariable long dealId, @Valid @RequestBody DealOutcomeReport report, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    OutcomeReporter reporter =
        caller.is(Role.CRM) ? OutcomeReporter.CRM : caller.mayReportDealFacts() ? OutcomeReporter.MANAGER : OutcomeReporter.PARTNER;
    if (reporter == OutcomeReporter.PARTNER) {
      requireOwnDeal(dealId, authentication);
    }
    registrations.reportOutcome(dealId, report.outcome(), report.amount(), reporter, caller.username());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/deals/{dealId}/extension")
  ResponseEntity<Void> extension(@PathVariable long dealId, Authentication authentication) {
    requireOwnDeal(dealId, authentication);
    registrations.requestExtension(dealId);
    return ResponseEntity.accepted().build();
  }

  /** A partner reaches its own deals only; any other partner's are not there for it. */
  private void requireAccess(long partnerId, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(partnerId)) {
      throw new PartnerNotFound(partnerId);
    }
  }

  private void requireOwnDeal(long dealId, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(deals.require(dealId).getPartnerId())) {
      throw new DealNotFound(dealId);
    }
  }
}
