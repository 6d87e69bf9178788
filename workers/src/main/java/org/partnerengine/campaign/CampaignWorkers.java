package org.partnerengine.campaign;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.springframework.stereotype.Component;

/** The jobs of joint-campaign and campaign-participation: adapters over {@link JointCampaigns} and {@link Participations}. */
@Component
public class CampaignWorkers {

  private final JointCampaigns campaigns;
  private final Participations participations;

  public CampaignWorkers(JointCampaigns campaigns, Participations participations) {
    this.campaigns = campaigns;
    this.participations = participations;
  }

  public record Audience(List<Long> participationIds) {}

  @JobWorker(type = "campaign.select-audience")
  public Audience selectAudience(@ProcessInstanceKey long processInstanceKey, @Variable long campaignId) {
    return new Audience(campaigns.selectAudience(campaignId, processInstanceKey));
  }

  @JobWorker(type = "campaign.close")
  public void close(@Variable long campaignId) {
    campaigns.close(campaignId);
  }

  public record Invitation(String optInDeadline) {}

  @JobWorker(type = "campaign.invite-partner")
  public Invitation invite(@ProcessInstanceKey long processInstanceKey, @Variable long participationId) {
    return new Invitation(participations.invite(participationId, processInstanceKey).toString());
  }

  @JobWorker(type = "campaign.expire-invitation")
  public void expire(@Variable long participationId) {
    participations.expire(participationId);
  }

  @JobWorker(type = "campaign.check-co-brand")
  public Participations.CoBrandCheck checkCoBrand(@Variable long participationId) {
    return participations.checkCoBrand(participationId);
  }

  @JobWorker(type = "campaign.request-funds")
  public Participations.Funds requestFunds(@Variable long participationId, @Variable int vendorSharePercent) {
    return participations.requestFunds(participationId, vendorSharePercent);
  }

  @JobWorker(type = "campaign.withdraw")
  public void withdraw(@Variable long participationId) {
    participations.withdraw(participationId);
  }

  public record Launched(String campaignEndsAt) {}

  @JobWorker(type = "campaign.launch")
  public Launched launch(@Variable long participationId) {
    return new Launched(participations.launch(participationId));
  }

  @JobWorker(type = "campaign.complete-participation")
  public void complete(@Variable long participationId) {
    participations.complete(participationId);
  }
}
