package org.partnerengine.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A partner's part in a campaign, as the partner and managers read it: the invitation, where it
 * stands, the vendor's share, and the files its launch rendered.
 */
public record ParticipationView(
    long participationId,
    long campaignId,
    String campaignName,
    CampaignGoal goal,
    long partnerId,
    String companyName,
    ParticipationStatus status,
    WithdrawnReason withdrawnReason,
    Instant optInDeadline,
    LocalDate startsOn,
    LocalDate endsOn,
    BigDecimal costPerPartner,
    String currency,
    Integer vendorSharePercent,
    Long mdfRequestId,
    String trackingCode,
    Instant invitedAt,
    Instant answeredAt,
    Instant launchedAt,
    Instant endedAt,
    List<Long> assetIds,
    List<FileView> files) {

  public record FileView(long fileId, String fileName, String contentType) {}

  static ParticipationView of(CampaignParticipation p, Campaign c, String companyName, List<CampaignFile> files) {
    return new ParticipationView(
        p.getId(), c.getId(), c.getName(), c.getGoal(), p.getPartnerId(), companyName, p.getStatus(), p.getWithdrawnReason(),
        p.getOptInDeadline(), c.getStartsOn(), c.getEndsOn(), c.getCostPerPartner(), c.getCurrency(), p.getVendorSharePercent(),
        p.getMdfRequestId(), p.getStatus() == ParticipationStatus.LAUNCHED || p.getStatus() == ParticipationStatus.COMPLETED ? p.getTrackingCode() : null,
        p.getInvitedAt(), p.getAnsweredAt(), p.getLaunchedAt(), p.getEndedAt(), c.assetIdList(),
        files.stream().map(f -> new FileView(f.getId(), f.getFileName(), f.getContentType())).toList());
  }
}
