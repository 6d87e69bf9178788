package org.partnerengine.enablement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Enrolments extends JpaRepository<Enrolment, Long> {

  List<Enrolment> findByPartnerIdOrderByCourseId(long partnerId);

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select e from Enrolment e where e.partnerId = :partnerId and e.courseId = :courseId")
  Optional<Enrolment> findByPartnerIdAndCourseId(@Param("partnerId") long partnerId, @Param("courseId") String courseId);

  @Query(
      "select case when count(e) > 0 then true else false end from Enrolment e"
          + " where e.partnerId = :partnerId and e.required = true and e.completedAt is null")
  boolean existsByPartnerIdAndRequiredTrueAndCompletedAtIsNull(@Param("partnerId") long partnerId);
}
