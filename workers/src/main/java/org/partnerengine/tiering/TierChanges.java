package org.partnerengine.tiering;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TierChanges extends JpaRepository<TierChange, Long> {

  boolean existsByReviewKey(long reviewKey);

  List<TierChange> findByPartnerIdOrderByDecidedAtAscIdAsc(long partnerId);
}
