package org.partnerengine.enablement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Enrolments extends JpaRepository<Enrolment, Long> {

  List<Enrolment> findByPartnerIdOrderByCourseId(long partnerId);

  Optional<Enrolment> findByPartnerIdAndCourseId(long partnerId, String courseId);

  boolean existsByPartnerIdAndRequiredTrueAndCompletedAtIsNull(long partnerId);
}
