package org.partnerengine.rebates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Rebates extends JpaRepository<Rebate, Long> {

  boolean existsByPartnerIdAndQuarter(long partnerId, String quarter);

  Optional<Rebate> findByPartnerIdAndQuarter(long partnerId, String quarter);

  List<Rebate> findByPartnerIdOrderByQuarterAsc(long partnerId);

  long countByPartnerIdAndQuarter(long partnerId, String quarter);
}
