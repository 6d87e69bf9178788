package org.partnerengine.tiering;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies the decided tier: an upgrade at once, a downgrade after a manager approved it. */
@Component
public class ApplyTierWorker {

  static final String JOB_TYPE = "tiering.apply-tier";
  static final String RULES = "partner-tier rules";
  static final String MANAGERS = "partner-managers";

  private final TierHistory tierHistory;

  public ApplyTierWorker(TierHistory tierHistory) {
    this.tierHistory = tierHistory;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void apply(
      @Variable long partnerId,
      @Variable String tier,
      @Variable String tierReason,
      @Variable String trigger,
      @Variable(optional = true) String downgradeReason,
      @Variable(optional = true) String decidedBy,
      @ProcessInstanceKey long reviewKey) {
    boolean approvedByManager = downgradeReason != null;
    tierHistory.apply(
        new TierReview(
            partnerId,
            reviewKey,
            Tier.valueOf(tier),
            approvedByManager ? tierReason + "; downgrade approved: " + downgradeReason : tierReason,
            trigger,
            approvedByManager ? (decidedBy == null ? MANAGERS : decidedBy) : RULES));
  }
}
