package org.partnerengine.recruitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DueDiligenceChecks extends JpaRepository<DueDiligenceCheck, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select c from DueDiligenceCheck c where c.partnerId = :partnerId")
  Optional<DueDiligenceCheck> findByPartnerId(@Param("partnerId") long partnerId);

  long countByPartnerId(long partnerId);

  /** Other partners from the same company domain that were not rejected: duplicate applications. */
  @Query(
      "select p.id from Partner p where p.companyDomain = :domain and p.id <> :partnerId"
          + " and p.stage <> org.partnerengine.partner.Stage.REJECTED order by p.id")
  List<Long> otherLiveApplications(@Param("domain") String domain, @Param("partnerId") long partnerId);
}
