package org.partnerengine.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnerEvents extends JpaRepository<PartnerEvent, Long> {

  List<PartnerEvent> findByPartnerIdOrderByOccurredAtAscIdAsc(long partnerId);

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select case when count(e) > 0 then true else false end from PartnerEvent e where e.idempotencyKey = :key")
  boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);

  long countByPartnerIdAndType(long partnerId, String type);
}
