package org.partnerengine.territory;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Territories extends JpaRepository<Territory, Long> {

  default Territory require(long id) {
    return findById(id).orElseThrow(() -> new TerritoryNotFound(id));
  }

  Optional<Territory> findByName(String name);

  Page<Territory> findAllByOrderByName(Pageable page);
}
