package org.partnerengine.mdf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A region's funds for one tier and quarter; {@code remaining} never goes below zero (check constraint too). */
@Entity
@Table(name = "mdf_budget")
public final class MdfBudget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long regionId;
  private String tier;
  private String quarter;
  private BigDecimal total;
  private BigDecimal remaining;

  protected MdfBudget() {}

  public long getRegionId() {
    return regionId;
  }

  public String getTier() {
    return tier;
  }

  public String getQuarter() {
    return quarter;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getRemaining() {
    return remaining;
  }
}
