package org.partnerengine.idempotency;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IdempotentRequests extends JpaRepository<IdempotentRequest, Long> {

  // JPQL, not derived: Hibernate keeps the translation of a query string; a derived query is
  // translated again on every call, and this one runs for every lifecycle.
  @Query("select r from IdempotentRequest r where r.endpoint = :endpoint and r.idempotencyKey = :key")
  Optional<IdempotentRequest> findByEndpointAndIdempotencyKey(@Param("endpoint") String endpoint, @Param("key") String idempotencyKey);
}
