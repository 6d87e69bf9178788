package org.partnerengine.mdf;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MdfClaims extends JpaRepository<MdfClaim, Long> {
  Optional<MdfClaim> findByMdfRequestId(long mdfRequestId);
}
