package org.partnerengine.rebates;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import org.partnerengine.money.FxRates;

/** A partner's rebate for one quarter: won revenue times the tier's rate, recorded once. */
@Entity
public final class Rebate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long partnerId;
  private String quarter;
  private String tier;
  private BigDecimal wonRevenue;
  private BigDecimal ratePercent;
  private BigDecimal amount;
  private String currency;
  private Instant calculatedAt;

  protected Rebate() {}

  /** A quarter's rebate: its rate (percent) of the revenue, rounded HALF_UP to the currency's minor unit. */
  static BigDecimal amountOf(BigDecimal revenue, BigDecimal ratePercent, String currency) {
    // a hundredth is exact (the decimal point moves), so the amount is rounded once
    return FxRates.round(revenue.multiply(ratePercent).movePointLeft(2), currency);
  }

  Rebate(
      long partnerId,
      Quarter quarter,
      String tier,
      BigDecimal wonRevenue,
      BigDecimal ratePercent,
      BigDecimal amount,
      String currency,
      Instant calculatedAt) {
    this.partnerId = partnerId;
    this.quarter = quarter.toString();
    this.tier = tier;
    this.wonRevenue = wonRevenue;
    this.ratePercent = ratePercent;
    this.amount = amount;
    this.currency = currency;
    this.calculatedAt = calculatedAt;
  }

  public Long getId() {
    return id;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public String getQuarter() {
    return quarter;
  }

  public String getTier() {
    return tier;
  }

  public BigDecimal getWonRevenue() {
    return wonRevenue;
  }

  public BigDecimal getRatePercent() {
    return ratePercent;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getCalculatedAt() {
    return calculatedAt;
  }
}
