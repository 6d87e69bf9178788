package org.partnerengine.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignParticipations extends JpaRepository<CampaignParticipation, Long> {

  default CampaignParticipation require(long id) {
    return findById(id).orElseThrow(() -> new CampaignNotFound("Campaign participation " + id));
  }

  Optional<CampaignParticipation> findByCampaignIdAndPartnerId(long campaignId, long partnerId);

  Optional<CampaignParticipation> findByTrackingCode(String trackingCode);

  List<CampaignParticipation> findByCampaignIdOrderById(long campaignId);

  List<CampaignParticipation> findByPartnerIdOrderByIdDesc(long partnerId);

  List<CampaignParticipation> findByPartnerIdAndStatus(long partnerId, ParticipationStatus status);
}
