package org.partnerengine.mdf;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MdfPayouts extends JpaRepository<MdfPayout, Long> {
  Optional<MdfPayout> findByMdfRequestId(long mdfRequestId);

  long countByMdfRequestId(long mdfRequestId);
}
