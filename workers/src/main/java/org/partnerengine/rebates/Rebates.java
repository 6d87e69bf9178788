package org.partnerengine.rebates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Rebates extends JpaRepository<Rebate, Long> {

  boolean existsByPartnerIdAndQuarter(long partnerId, String quarter);

  Optional<Rebate> findByPartnerIdAndQuarter(long partnerId, String quarter);

  List<Rebate> findByPartnerIdOrderByQuarterAsc(long partnerId);

  long countByPartnerIdAndQuarter(long partnerId, String quarter);

  /** The quarter's rebates of the partners now in the region. */
  @Query("select r from Rebate r where r.quarter = :quarter and r.partnerId in (select p.id from Partner p where p.regionId = :regionId)")
  List<Rebate> findByQuarterAndRegion(@Param("quarter") String quarter, @Param("regionId") long regionId);
}
