package org.partnerengine.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Certificates extends JpaRepository<Certificate, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select c from Certificate c where c.partnerId = :partnerId and c.examId = :examId and c.certificationCycle = :cycle")
  Optional<Certificate> findByPartnerIdAndExamIdAndCertificationCycle(
      @Param("partnerId") long partnerId, @Param("examId") String examId, @Param("cycle") int certificationCycle);

  List<Certificate> findByPartnerIdOrderByIssuedAtDescIdDesc(long partnerId);

  long countByPartnerId(long partnerId);

  default Certificate require(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("No certificate " + id));
  }
}
