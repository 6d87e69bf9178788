package org.partnerengine.leads;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Leads extends JpaRepository<Lead, Long> {

  org.springframework.data.domain.Page<Lead> findAllByOrderByIdDesc(org.springframework.data.domain.Pageable page);

  org.springframework.data.domain.Page<Lead> findByStatusOrderByIdDesc(LeadStatus status, org.springframework.data.domain.Pageable page);

  default Lead require(long id) {
    return findById(id).orElseThrow(() -> new LeadNotFound(id));
  }

  /** Binds the lead to its instance unless bound already: a plain update, no entity write to collide with. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = "update sales_lead set process_instance_key = :key where id = :id and process_instance_key is null", nativeQuery = true)
  int attachProcessInstance(@Param("id") long id, @Param("key") long key);
}
