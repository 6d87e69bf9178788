package org.partnerengine.partner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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
  int attachProcessInstance(@Param("id") long id, @Param("key") long key);

  /**
   * The partner list, filtered; {@code prefix} (already ending in %) matches the start of the
   * company name or domain, so the name and domain indexes serve it.
   */
  @Query(
      """
      select p from Partner p
      where (:stage is null or p.stage = :stage)
        and (:type is null or p.partnerType = :type)
        and (:tier is null or p.tier = :tier)
        and (:prefix is null or p.companyName like :prefix escape '\\' or p.companyDomain like :prefix escape '\\')
      """)
  Page<Partner> search(
      @Param("stage") Stage stage,
      @Param("type") PartnerType type,
      @Param("tier") String tier,
      @Param("prefix") String prefix,
      Pageable pageable);
}
