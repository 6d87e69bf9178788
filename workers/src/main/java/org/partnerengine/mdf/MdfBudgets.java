package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Budgets per region, tier and quarter, moved only by conditional updates so they are never overdrawn. */
public interface MdfBudgets extends JpaRepository<MdfBudget, Long> {

  Optional<MdfBudget> findByRegionIdAndTierAndQuarter(long regionId, String tier, String quarter);

  @Query(value = "select count(*) from mdf_budget where region_id = :region and tier = :tier and quarter = :quarter",
      nativeQuery = true)
  long countByRegionAndTierAndQuarter(@Param("region") long regionId, @Param("tier") String tier, @Param("quarter") String quarter);

  /** Seeds a quarter from configuration; a concurrent or later seed of the same quarter does nothing. */
  @Modifying
  @Query(
      value = "insert ignore into mdf_budget (region_id, tier, quarter, total, remaining)"
          + " values (:region, :tier, :quarter, :total, :total)",
      nativeQuery = true)
  int seed(@Param("region") long regionId, @Param("tier") String tier, @Param("quarter") String quarter, @Param("total") BigDecimal total);

  /** Takes the amount only if it is there: 0 rows means the budget would be overdrawn. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update mdf_budget set remaining = remaining - :amount"
              + " where region_id = :region and tier = :tier and quarter = :quarter and remaining >= :amount",
      nativeQuery = true)
  int take(@Param("region") long regionId, @Param("tier") String tier, @Param("quarter") String quarter, @Param("amount") BigDecimal amount);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value = "update mdf_budget set remaining = remaining + :amount"
          + " where region_id = :region and tier = :tier and quarter = :quarter",
      nativeQuery = true)
  int giveBack(@Param("region") long regionId, @Param("tier") String tier, @Param("quarter") String quarter, @Param("amount") BigDecimal amount);
}
