package org.partnerengine.leads;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.partnerengine.paging.PageView;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The leads offered to a partner, and its answers; the list of leads and the routing of a lead for
 * partner managers. A
 * partner reaches only its own offers: another partner's list, or a lead not offered to it now, is
 * not found.
 */
@RestController
class PartnerLeadController {

  /** A partner's answer when it declines a lead. */
  record Decline(@NotNull DeclineReason reason) {}

  private final PartnerLeads partnerLeads;
  private final LeadRouting routing;

  PartnerLeadController(PartnerLeads partnerLeads, LeadRouting routing) {
    this.partnerLeads = partnerLeads;
    this.routing = routing;
  }

  @GetMapping("/api/partners/{partnerId}/leads")
  PageView<OfferedLead> offered(
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(PageView.MAX_SIZE) int size,
      Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(partnerId)) {
      throw new PartnerNotFound(partnerId);
    }
    return PageView.of(partnerLeads.offeredTo(partnerId, PageRequest.of(page, size)), lead -> lead);
  }

  @PostMapping("/api/leads/{leadId}/open")
  OfferedLead open(@PathVariable long leadId, Authentication authentication) {
    return partnerLeads.open(leadId, partnerOf(leadId, authentication));
  }

  @PostMapping("/api/leads/{leadId}/accept")
  ResponseEntity<Void> accept(@PathVariable long leadId, Authentication authentication) {
    partnerLeads.accept(leadId, partnerOf(leadId, authentication));
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/leads/{leadId}/decline")
  ResponseEntity<Void> decline(@PathVariable long leadId, @Valid @RequestBody Decline decline, Authentication authentication) {
    partnerLeads.decline(leadId, partnerOf(leadId, authentication), decline.reason());
    return ResponseEntity.accepted().build();
  }

  @GetMapping("/api/leads")
  PageView<LeadRouting.Summary> leads(
      @RequestParam(required = false) LeadStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    return PageView.of(routing.list(status, PageRequest.of(page, size)), lead -> lead);
  }

  @GetMapping("/api/leads/{leadId}/routing")
  LeadRouting.Explanation routing(@PathVariable long leadId) {
    return routing.explain(leadId);
  }

  /** The partner user's own partner; the security rules let only partner users through here. */
  private static long partnerOf(long leadId, Authentication authentication) {
    Long partnerId = Caller.of(authentication).partnerId();
    if (partnerId == null) {
      throw new LeadNotFound(leadId);
    }
    return partnerId;
  }
}
