package org.partnerengine.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExamAttempts extends JpaRepository<ExamAttempt, Long> {

  Optional<ExamAttempt> findByElementInstanceKey(long elementInstanceKey);

  long countByPartnerIdAndExamIdAndCertificationCycle(long partnerId, String examId, int certificationCycle);

  List<ExamAttempt> findByPartnerIdOrderByAttemptedAtAscIdAsc(long partnerId);
}
