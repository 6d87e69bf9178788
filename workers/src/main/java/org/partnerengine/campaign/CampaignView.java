package org.partnerengine.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A campaign as managers read it, with how many partners stand where. */
public record CampaignView(
    long campaignId,
    String name,
    CampaignGoal goal,
    CampaignAudience audience,
    LocalDate startsOn,
    LocalDate endsOn,
    int optInDays,
    BigDecimal costPerPartner,
    String currency,
    String copySubject,
    String copyBody,
    List<Long> assetIds,
    CampaignStatus status,
    Long processInstanceKey,
    String createdBy,
    Instant createdAt,
    Instant endedAt,
    Map<ParticipationStatus, Long> participations) {

  static CampaignView of(Campaign c, Map<ParticipationStatus, Long> participations) {
    return new CampaignView(
        c.getId(), c.getName(), c.getGoal(), c.audience(), c.getStartsOn(), c.getEndsOn(), c.getOptInDays(), c.getCostPerPartner(),
        c.getCurrency(), c.getCopySubject(), c.getCopyBody(), c.assetIdList(), c.getStatus(), c.getProcessInstanceKey(), c.getCreatedBy(),
        c.getCreatedAt(), c.getEndedAt(), participations);
  }
}
