package org.partnerengine.partner;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Partners extends JpaRepository<Partner, Long> {

  default Partner require(long id) {
    return findById(id).orElseThrow(() -> new PartnerNotFound(id));
  }
}
