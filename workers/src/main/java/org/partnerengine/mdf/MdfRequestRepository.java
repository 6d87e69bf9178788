package org.partnerengine.mdf;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * MDF requests. The money transitions are conditional updates: the row lock and the status in
 * the where clause make a second, concurrent or repeated transition change nothing (0 rows). They
 * bump the version, so an entity loaded before them cannot write over them.
 */
public interface MdfRequestRepository extends JpaRepository<MdfRequest, Long> {

  default MdfRequest require(long id) {
    return findById(id).orElseThrow(() -> new MdfRequestNotFound(id));
  }

  java.util.Optional<MdfRequest> findByCampaignParticipationId(long campaignParticipationId);

  List<MdfRequest> findByPartnerIdOrderByIdDesc(long partnerId, Pageable page);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update mdf_request set status = 'RESERVED', reserved_amount = amount, updated_at = :at, version = version + 1"
              + " where id = :id and status = 'REQUESTED'",
      nativeQuery = true)
  int markReserved(@Param("id") long id, @Param("at") Instant at);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update mdf_request set status = 'RELEASED', reason = :reason, updated_at = :at, version = version + 1"
              + " where id = :id and status in ('RESERVED', 'CLAIMED')",
      nativeQuery = true)
  int markReleased(@Param("id") long id, @Param("reason") String reason, @Param("at") Instant at);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update mdf_request set status = 'PAID', updated_at = :at, version = version + 1"
              + " where id = :id and status in ('RESERVED', 'CLAIMED')",
      nativeQuery = true)
  int markPaid(@Param("id") long id, @Param("at") Instant at);

  /** Binds the request to its process instance without touching anything a worker may be changing. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value = "update mdf_request set process_instance_key = :key where id = :id and process_instance_key is null",
      nativeQuery = true)
  int attachProcessInstance(@Param("id") long id, @Param("key") long key);
}
