package org.partnerengine.tiering;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records a review that leaves the tier as it is: the rules proposed the same tier, or a manager kept it. */
@Component
public class RecordTierReviewWorker {

  static final String JOB_TYPE = "tiering.record-tier-review";

  private final TierHistory tierHistory;

  public RecordTierReviewWorker(TierHistory tierHistory) {
    this.tierHistory = tierHistory;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void record(
      @Variable long partnerId,
      @Variable String tier,
      @Variable String tierReason,
      @Variable String trigger,
      @Variable(optional = true) String downgradeReason,
      @Variable(optional = true) String decidedBy,
      @ProcessInstanceKey long reviewKey) {
    boolean keptByManager = downgradeReason != null;
    tierHistory.keep(
        new TierReview(
            partnerId,
            reviewKey,
            Tier.valueOf(tier),
            keptByManager ? tierReason + "; downgrade refused: " + downgradeReason : tierReason,
            trigger,
            keptByManager ? (decidedBy == null ? ApplyTierWorker.MANAGERS : decidedBy) : ApplyTierWorker.RULES));
  }
}
