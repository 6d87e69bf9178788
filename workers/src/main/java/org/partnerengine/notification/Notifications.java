package org.partnerengine.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Notifications extends JpaRepository<Notification, Long> {

  boolean existsByIdempotencyKey(String idempotencyKey);

  List<Notification> findByPartnerIdOrderByIdAsc(long partnerId);

  List<Notification> findTop50ByStatusOrderByIdAsc(NotificationStatus status);

  long countByPartnerIdAndTemplate(long partnerId, String template);
}
