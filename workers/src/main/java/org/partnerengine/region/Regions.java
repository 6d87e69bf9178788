package org.partnerengine.region;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Regions extends JpaRepository<Region, Long> {

  Optional<Region> findByCode(String code);

  @Query("select r from Region r where r.catchAll = true")
  Region catchAll();

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Region r where r.id = :id")
  Optional<Region> lockById(long id);

  List<Region> findAllByOrderByCode();

  default Region require(String code) {
    return findByCode(code).orElseThrow(() -> new RegionNotFound(code));
  }
}
