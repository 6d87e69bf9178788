package org.partnerengine.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Certificates extends JpaRepository<Certificate, Long> {

  Optional<Certificate> findByPartnerIdAndExamIdAndCertificationCycle(long partnerId, String examId, int certificationCycle);

  List<Certificate> findByPartnerIdOrderByIssuedAtDescIdDesc(long partnerId);

  long countByPartnerId(long partnerId);

  default Certificate require(long id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("No certificate " + id));
  }
}
