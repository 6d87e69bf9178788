package org.partnerengine.partner;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface Partners extends JpaRepository<Partner, Long> {

  default Partner require(long id) {
    return findById(id).orElseThrow(() -> new PartnerNotFound(id));
  }

  /**
   * Binds the partner to its lifecycle instance unless a worker already did. A plain update, not
   * an entity write, so it cannot collide with a worker that changed the partner meanwhile.
   */
  @Modifying
  @Query("update Partner p set p.processInstanceKey = :key where p.id = :id and p.processInstanceKey is null")
  int attachProcessInstance(long id, long key);
}
