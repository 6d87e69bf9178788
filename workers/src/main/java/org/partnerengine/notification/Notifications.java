package org.partnerengine.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Notifications extends JpaRepository<Notification, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select case when count(n) > 0 then true else false end from Notification n where n.idempotencyKey = :key")
  boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);

  List<Notification> findByPartnerIdOrderByIdAsc(long partnerId);

  Page<Notification> findByPartnerId(long partnerId, Pageable page);

  List<Notification> findTop50ByStatusOrderByIdAsc(NotificationStatus status);

  /** Pending notifications whose next attempt is due, oldest first. */
  @Query(
      "select n.id from Notification n where n.status = org.partnerengine.notification.NotificationStatus.PENDING"
          + " and (n.nextAttemptAt is null or n.nextAttemptAt <= :now) order by n.id")
  List<Long> findDue(@Param("now") Instant now, Pageable limit);

  /**
   * Takes a due notification for one attempt by moving its next attempt to {@code until}: of two
   * dispatchers (two app instances) only one gets 1, so a mail is not sent twice at once.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      "update Notification n set n.nextAttemptAt = :until, n.version = n.version + 1 where n.id = :id"
          + " and n.status = org.partnerengine.notification.NotificationStatus.PENDING"
          + " and (n.nextAttemptAt is null or n.nextAttemptAt <= :now)")
  int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

  long countByPartnerIdAndTemplate(long partnerId, String template);

  long countByStatus(NotificationStatus status);
}
