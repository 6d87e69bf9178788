package org.partnerengine.partner;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerengine.paging.IndexOrder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Partners extends JpaRepository<Partner, Long>, JpaSpecificationExecutor<Partner>, PartnerLookup {

  /**
   * Binds the partner to its lifecycle instance unless a worker already did. A plain update, not
   * an entity write, so it cannot collide with a worker that changed the partner meanwhile.
   */
  @Modifying
  @Query("update Partner p set p.processInstanceKey = :key where p.id = :id and p.processInstanceKey is null")
  int attachProcessInstance(@Param("id") long id, @Param("key") long key);

  /** The code of the partner's region, for the decisions that differ by market; empty before enrichment. */
  @Query(value = "select r.code from partner p join region r on r.id = p.region_id where p.id = :id", nativeQuery = true)
  Optional<String> regionCodeOf(@Param("id") long id);

  /** The default locale of the partner's region; empty in the catch-all, which has the programme's. */
  @Query(
      value = "select r.default_locale from partner p join region r on r.id = p.region_id where p.id = :id and not r.catch_all",
      nativeQuery = true)
  Optional<String> regionLocaleOf(@Param("id") long id);

  /**
   * The partner list, filtered; {@code prefix} (already ending in %) matches the start of the
   * company name or domain, so the name and domain indexes serve it. Only the filters given
   * become conditions: an "(:stage is null or ...)" query keeps the database from using the
   * stage index and reads every partner.
   */
  default Page<Partner> search(Stage stage, PartnerType type, String tier, String prefix, Pageable pageable) {
    Specification<Partner> filters =
        (partner, query, where) -> {
          List<Predicate> conditions = new ArrayList<>();
          if (stage != null) {
            conditions.add(where.equal(partner.get("stage"), stage));
          }
          if (type != null) {
            conditions.add(where.equal(partner.get("partnerType"), type));
          }
          if (tier != null) {
            conditions.add(where.equal(partner.get("tier"), tier));
          }
          if (prefix != null) {
            conditions.add(
                where.or(where.like(partner.get("companyName"), prefix, '\\'), where.like(partner.get("companyDomain"), prefix, '\\')));
          }
          return where.and(conditions.toArray(Predicate[]::new));
        };
    // Each of stage, type and tier has an index on (column, id): led by the one filtered, the page
    // is read from that index in order (see IndexOrder).
    String leading = stage != null ? "stage" : type != null ? "partnerType" : tier != null ? "tier" : null;
    return findAll(filters, leading == null ? pageable : IndexOrder.leadingWith(pageable, List.of(leading)));
  }
}
