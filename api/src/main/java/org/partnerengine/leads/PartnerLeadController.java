package org.partnerengine.leads;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnerengine.money.ConvertibleCurrency;
import org.springframework.http.HttpStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.partnerengine.paging.PageView;
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

  /** The deal a taken lead becomes: the customer comes from the lead, the terms from the partner. */
  record Conversion(
      @NotNull @DecimalMin("0.01") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal amount,
      @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") @ConvertibleCurrency String currency,
      @NotNull @Future LocalDate expectedCloseDate) {}

  record Lost(@NotNull LostReason reason) {}

  /** Where a lead the partner took stands, in its words. */
  record StatusUpdate(@NotBlank @Size(max = 1000) String note) {}

  private final PartnerLeads partnerLeads;
  private final LeadRouting routing;
  private final LeadConversions conversions;

  PartnerLeadController(PartnerLeads partnerLeads, LeadRouting routing, LeadConversions conversions) {
    this.partnerLeads = partnerLeads;
    this.routing = routing;
    this.conversions = conversions;
  }

  @GetMapping("/api/partners/{partnerId}/leads")
  PageView<OfferedLead> offered(
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(PageView.MAX_SIZE) int size,
      Authentication authentication) {
    Caller.forPartner(partnerId, authentication);
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

  /** Registers the lead's customer as a deal of the partner that took the lead (201), or links the deal it holds already (200). */
  @PostMapping("/api/leads/{leadId}/conversion")
  ResponseEntity<LeadConversions.Conversion> convert(
      @PathVariable long leadId, @Valid @RequestBody Conversion body, Authentication authentication) {
    LeadConversions.Conversion converted =
        conversions.convert(
            leadId,
            partnerOf(leadId, authentication),
            new LeadConversions.DealTerms(body.amount(), body.currency(), body.expectedCloseDate()));
    return ResponseEntity.status(converted.registered() ? HttpStatus.CREATED : HttpStatus.OK).body(converted);
  }

  @PostMapping("/api/leads/{leadId}/loss")
  ResponseEntity<Void> lost(@PathVariable long leadId, @Valid @RequestBody Lost body, Authentication authentication) {
    conversions.closeLost(leadId, partnerOf(leadId, authentication), body.reason());
    return ResponseEntity.noContent().build();
  }

  /** The partner that took the lead says where it stands; its reminder and reclaim clocks start again. */
  @PostMapping("/api/leads/{leadId}/status")
  ResponseEntity<Void> status(@PathVariable long leadId, @Valid @RequestBody StatusUpdate body, Authentication authentication) {
    conversions.updateStatus(leadId, partnerOf(leadId, authentication), body.note());
    return ResponseEntity.noContent().build();
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
