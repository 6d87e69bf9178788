package org.partnerengine.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExamAttempts extends JpaRepository<ExamAttempt, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select a from ExamAttempt a where a.elementInstanceKey = :key")
  Optional<ExamAttempt> findByElementInstanceKey(@Param("key") long elementInstanceKey);

  @Query("select count(a) from ExamAttempt a where a.partnerId = :partnerId and a.examId = :examId and a.certificationCycle = :cycle")
  long countByPartnerIdAndExamIdAndCertificationCycle(
      @Param("partnerId") long partnerId, @Param("examId") String examId, @Param("cycle") int certificationCycle);

  List<ExamAttempt> findByPartnerIdOrderByAttemptedAtAscIdAsc(long partnerId);
}
