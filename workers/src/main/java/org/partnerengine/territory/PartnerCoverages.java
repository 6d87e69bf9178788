package org.partnerengine.territory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnerCoverages extends JpaRepository<PartnerCoverage, Long> {

  /** The partners covering any of these territories, whatever their stage. */
  @Query("select distinct c from PartnerCoverage c join c.territoryIds t where t in :territoryIds order by c.partnerId")
  List<PartnerCoverage> coveringAny(@Param("territoryIds") List<Long> territoryIds);

  @Query("select count(c) from PartnerCoverage c join c.territoryIds t where t = :territoryId")
  long countCovering(@Param("territoryId") long territoryId);
}
