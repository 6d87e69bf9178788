package org.partnerengine.onboarding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Agreements extends JpaRepository<Agreement, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select a from Agreement a where a.partnerId = :partnerId and a.templateVersion = :version")
  Optional<Agreement> findByPartnerIdAndTemplateVersion(@Param("partnerId") long partnerId, @Param("version") String templateVersion);

  List<Agreement> findByPartnerIdOrderByIdAsc(long partnerId);

  long countByPartnerId(long partnerId);
}
