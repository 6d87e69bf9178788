package org.partnerengine.mdf;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A tier's funds for one quarter; {@code remaining} never goes below zero (check constraint too). */
@Entity
@Table(name = "mdf_budget")
public class MdfBudget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String tier;
  private String quarter;
  private BigDecimal total;
  private BigDecimal remaining;

  protected MdfBudget() {}

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
