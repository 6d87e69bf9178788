package org.partnerengine.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Notifications extends JpaRepository<Notification, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select case when count(n) > 0 then true else false end from Notification n where n.idempotencyKey = :key")
  boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);

  List<Notification> findByPartnerIdOrderByIdAsc(long partnerId);

  List<Notification> findTop50ByStatusOrderByIdAsc(NotificationStatus status);

  long countByPartnerIdAndTemplate(long partnerId, String template);
}
