package org.partnerengine.campaign;

import org.partnerengine.leads.LeadIntake;
import org.partnerengine.leads.LeadReceipt;
import org.partnerengine.leads.LeadSubmission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Responses to partners' campaigns become leads of the partner whose copy they answered: they
 * bypass distribution, and the lead names the participation, so the deal it converts to is the
 * campaign's by link, not by a time window.
 */
@Service
public class CampaignResponses {

  private final CampaignParticipations participations;
  private final Campaigns campaigns;
  private final LeadIntake intake;
  private final TransactionTemplate transaction;

  public CampaignResponses(CampaignParticipations participations, Campaigns campaigns, LeadIntake intake, TransactionTemplate transaction) {
    this.participations = participations;
    this.campaigns = campaigns;
    this.intake = intake;
    this.transaction = transaction;
  }

  /** A code of another campaign is unknown here (404); a part not running takes no responses (409). */
  public LeadReceipt respond(long campaignId, CampaignResponse response) {
    CampaignParticipation participation = transaction.execute(status -> {
      Campaign campaign = campaigns.require(campaignId);
      CampaignParticipation found = participations.findByTrackingCode(response.trackingCode())
          .filter(p -> p.getCampaignId() == campaign.getId())
          .orElseThrow(() -> new CampaignNotFound("Tracking code " + response.trackingCode() + " of campaign " + campaignId));
      found.requireTakingResponses();
      return found;
    });
    Campaign campaign = campaigns.require(campaignId);
    String name = campaign.getName();
    return intake.receiveCampaignResponse(
        new LeadSubmission(
            response.companyName(),
            response.domain(),
            response.country(),
            response.postcode(),
            response.productInterest(),
            response.contactName(),
            response.contactEmail(),
            "campaign",
            name.length() > 100 ? name.substring(0, 100) : name),
        participation.getPartnerId(),
        participation.getId());
  }
}
