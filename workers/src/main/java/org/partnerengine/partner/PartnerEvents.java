package org.partnerengine.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerEvents extends JpaRepository<PartnerEvent, Long> {

  List<PartnerEvent> findByPartnerIdOrderByOccurredAtAscIdAsc(long partnerId);

  long countByPartnerIdAndType(long partnerId, String type);
}
