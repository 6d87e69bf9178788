package org.partnerengine.idempotency;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdempotentRequests extends JpaRepository<IdempotentRequest, Long> {

  Optional<IdempotentRequest> findByEndpointAndIdempotencyKey(String endpoint, String idempotencyKey);
}
