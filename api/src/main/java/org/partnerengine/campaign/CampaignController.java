package org.partnerengine.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.partnerengine.leads.LeadReceipt;
import org.partnerengine.paging.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joint campaigns for partner managers: plan one (its instance invites the audience), preview who
 * the audience admits, follow the partners' parts and read the results. Responses come from a
 * manager or the CRM's service client (the landing page's form posts through it).
 */
@RestController
@Validated
class CampaignController {

  private final JointCampaigns campaigns;
  private final CampaignEligibility eligibility;
  private final CampaignResults results;
  private final CampaignResponses responses;

  CampaignController(JointCampaigns campaigns, CampaignEligibility eligibility, CampaignResults results, CampaignResponses responses) {
    this.campaigns = campaigns;
    this.eligibility = eligibility;
    this.results = results;
    this.responses = responses;
  }

  /** 201 with the campaign; its instance invites the eligible partners. */
  @PostMapping("/api/campaigns")
  ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignForm form, Authentication authentication) {
    CampaignView created = campaigns.create(form, authentication.getName());
    return ResponseEntity.created(URI.create("/api/campaigns/" + created.campaignId())).body(created);
  }

  @GetMapping("/api/campaigns")
  PageView<CampaignView> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    return PageView.of(campaigns.list(PageRequest.of(page, size)), view -> view);
  }

  @GetMapping("/api/campaigns/{id}")
  CampaignView campaign(@PathVariable long id) {
    return campaigns.view(id);
  }

  /** Every partner in the programme with the campaign-eligibility decision's verdict on this audience. */
  @PostMapping("/api/campaigns/audience-preview")
  List<CampaignEligibility.Verdict> preview(@Valid @RequestBody CampaignAudience audience) {
    return eligibility.judgeAll(audience);
  }

  @GetMapping("/api/campaigns/{id}/participations")
  List<ParticipationView> participations(@PathVariable long id) {
    return campaigns.participations(id);
  }

  @GetMapping("/api/campaigns/{id}/results")
  CampaignResults.Results results(@PathVariable long id) {
    return results.of(id);
  }

  /** 201: the response is now a lead of the partner whose copy it answered. */
  @PostMapping("/api/campaigns/{id}/responses")
  ResponseEntity<LeadReceipt> respond(@PathVariable long id, @Valid @RequestBody CampaignResponse response) {
    LeadReceipt lead = responses.respond(id, response);
    return ResponseEntity.created(URI.create("/api/leads/" + lead.leadId())).body(lead);
  }
}
