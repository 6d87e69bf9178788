package org.partnerengine.deals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Deals, and the customer claims that say which open deal holds a customer. A claim row per
 * customer domain (primary key) is what serialises concurrent registrations for one customer.
 */
public interface Deals extends JpaRepository<Deal, Long> {

  default Deal require(long id) {
    return findById(id).orElseThrow(() -> new DealNotFound(id));
  }

  List<Deal> findByPartnerIdOrderByIdDesc(long partnerId, Pageable page);

  /** The registrations that hold a customer now (REGISTERED, APPROVED). */
  @Query("select count(d) from Deal d where d.partnerId = :partnerId"
      + " and d.status in (org.partnerengine.deals.DealStatus.REGISTERED, org.partnerengine.deals.DealStatus.APPROVED)")
  long countOpen(@Param("partnerId") long partnerId);

  /**
   * Claims the customer for this deal unless an open deal holds it. A concurrent claim for the
   * same domain waits on the other transaction and then finds its row.
   *
   * @return 1 when this deal now holds the customer, 0 when another deal does
   */
  @Modifying(flushAutomatically = true)
  @Query(
      value =
          "insert ignore into customer_claim (customer_domain, deal_id, partner_id, claimed_at)"
              + " values (:domain, :dealId, :partnerId, :at)",
      nativeQuery = true)
  int claimCustomer(
      @Param("domain") String domain,
      @Param("dealId") long dealId,
      @Param("partnerId") long partnerId,
      @Param("at") Instant at);

  @Query(value = "select deal_id from customer_claim where customer_domain = :domain", nativeQuery = true)
  Optional<Long> customerHolder(@Param("domain") String domain);

  /** The partner whose open deal holds the customer (its protected registration), if any. */
  @Query(value = "select partner_id from customer_claim where customer_domain = :domain", nativeQuery = true)
  Optional<Long> customerHolderPartner(@Param("domain") String domain);

  /** The partners that won deals with a customer, the latest win first: its incumbent partner leads. */
  @Query("select d.partnerId from Deal d where d.customerDomain = :domain"
      + " and d.status = org.partnerengine.deals.DealStatus.WON order by d.id desc")
  List<Long> partnersThatWon(@Param("domain") String domain, Pageable page);

  @Modifying(flushAutomatically = true)
  @Query(
      value =
          "update customer_claim set deal_id = :dealId, partner_id = :partnerId, claimed_at = :at"
              + " where customer_domain = :domain",
      nativeQuery = true)
  int transferCustomer(
      @Param("domain") String domain,
      @Param("dealId") long dealId,
      @Param("partnerId") long partnerId,
      @Param("at") Instant at);

  /**
   * Binds the deal to its process instance. A plain update, not the entity's: the first worker
   * may already be changing the deal, and must not lose its optimistic lock to this.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value = "update deal set process_instance_key = :key where id = :id and process_instance_key is null",
      nativeQuery = true)
  int attachProcessInstance(@Param("id") long id, @Param("key") long key);

  @Modifying(flushAutomatically = true)
  @Query(value = "delete from customer_claim where deal_id = :dealId", nativeQuery = true)
  int releaseCustomer(@Param("dealId") long dealId);
}
