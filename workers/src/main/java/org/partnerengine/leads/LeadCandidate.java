package org.partnerengine.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/**
 * A partner considered for a lead in one round: a candidate at a position (its weight set once the
 * rules weighed it), or left out with the reason.
 */
@Entity
public final class LeadCandidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long leadId;
  private int round;
  private long partnerId;
  private Integer position;
  private String tier;
  private Integer specialisationCount;
  private BigDecimal acceptanceRate;
  private BigDecimal weight;
  private String excludedReason;
  private String distanceBand;
  private BigDecimal winRate;

  protected LeadCandidate() {}

  static LeadCandidate candidate(long leadId, int round, int position, CandidateRules.Candidate candidate) {
    LeadCandidate row = new LeadCandidate();
    row.leadId = leadId;
    row.round = round;
    row.partnerId = candidate.partnerId();
    row.position = position;
    row.tier = candidate.tier();
    row.specialisationCount = candidate.specialisationCount();
    row.acceptanceRate = candidate.acceptanceRate() == null ? null : BigDecimal.valueOf(candidate.acceptanceRate());
    row.distanceBand = candidate.distanceBand();
    row.winRate = candidate.winRate() == null ? null : BigDecimal.valueOf(candidate.winRate());
    return row;
  }

  static LeadCandidate excluded(long leadId, int round, CandidateRules.Exclusion exclusion) {
    LeadCandidate row = new LeadCandidate();
    row.leadId = leadId;
    row.round = round;
    row.partnerId = exclusion.partnerId();
    row.excludedReason = exclusion.reason().name();
    return row;
  }

  /** The candidate as the weighing rules read it; only for a row that is a candidate. */
  CandidateRules.Candidate asCandidate() {
    return new CandidateRules.Candidate(
        partnerId, tier, specialisationCount, acceptanceRate == null ? null : acceptanceRate.doubleValue(), distanceBand,
        winRate == null ? null : winRate.doubleValue());
  }

  void weigh(BigDecimal value) {
    weight = value;
  }

  public long getLeadId() {
    return leadId;
  }

  public int getRound() {
    return round;
  }

  public long getPartnerId() {
    return partnerId;
  }

  public Integer getPosition() {
    return position;
  }

  public String getTier() {
    return tier;
  }

  public Integer getSpecialisationCount() {
    return specialisationCount;
  }

  public BigDecimal getAcceptanceRate() {
    return acceptanceRate;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public String getDistanceBand() {
    return distanceBand;
  }

  public BigDecimal getWinRate() {
    return winRate;
  }

  public String getExcludedReason() {
    return excludedReason;
  }
}
