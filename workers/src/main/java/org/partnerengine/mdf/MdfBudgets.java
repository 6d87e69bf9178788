package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Budgets per tier and quarter, moved only by conditional updates so they are never overdrawn. */
public interface MdfBudgets extends JpaRepository<MdfBudget, Long> {

  Optional<MdfBudget> findByTierAndQuarter(String tier, String quarter);

  @Query(value = "select count(*) from mdf_budget where tier = :tier and quarter = :quarter", nativeQuery = true)
  long countByTierAndQuarter(@Param("tier") String tier, @Param("quarter") String quarter);

  /** Seeds a quarter from configuration; a concurrent or later seed of the same quarter does nothing. */
  @Modifying
  @Query(
      value = "insert ignore into mdf_budget (tier, quarter, total, remaining) values (:tier, :quarter, :total, :total)",
      nativeQuery = true)
  int seed(@Param("tier") String tier, @Param("quarter") String quarter, @Param("total") BigDecimal total);

  /** Takes the amount only if it is there: 0 rows means the budget would be overdrawn. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value =
          "update mdf_budget set remaining = remaining - :amount"
              + " where tier = :tier and quarter = :quarter and remaining >= :amount",
      nativeQuery = true)
  int take(@Param("tier") String tier, @Param("quarter") String quarter, @Param("amount") BigDecimal amount);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query(
      value = "update mdf_budget set remaining = remaining + :amount where tier = :tier and quarter = :quarter",
      nativeQuery = true)
  int giveBack(@Param("tier") String tier, @Param("quarter") String quarter, @Param("amount") BigDecimal amount);
}
