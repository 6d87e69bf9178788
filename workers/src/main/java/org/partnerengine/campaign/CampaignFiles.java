package org.partnerengine.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignFiles extends JpaRepository<CampaignFile, Long> {

  List<CampaignFile> findByParticipationIdOrderById(long participationId);

  Optional<CampaignFile> findByIdAndParticipationId(long id, long participationId);

  boolean existsByParticipationIdAndFileName(long participationId, String fileName);
}
