package org.partnerengine.leads;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Leads extends JpaRepository<Lead, Long> {

  default Lead require(long id) {
    return findById(id).orElseThrow(() -> new LeadNotFound(id));
  }

  Page<Lead> findAllByOrderByIdDesc(Pageable page);

  Page<Lead> findByStatusOrderByIdDesc(LeadStatus status, Pageable page);

  Optional<Lead> findByReceivedInInstance(long processInstanceKey);

  /** Binds the lead to its instance unless bound already: a plain update, no entity write to collide with. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(value = "update sales_lead set process_instance_key = :key where id = :id and process_instance_key is null", nativeQuery = true)
  int attachProcessInstance(@Param("id") long id, @Param("key") long key);
}
