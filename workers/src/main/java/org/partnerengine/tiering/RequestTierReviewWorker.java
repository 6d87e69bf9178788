package org.partnerengine.tiering;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Asks for one partner's review in a scheduled round; the round id keeps a redelivered job from asking twice. */
@Component
public class RequestTierReviewWorker {

  static final String JOB_TYPE = "tiering.request-review";

  private final TierReviews reviews;

  public RequestTierReviewWorker(TierReviews reviews) {
    this.reviews = reviews;
  }

  @JobWorker(type = JOB_TYPE)
  public void request(@Variable long partnerId, @Variable String reviewRound) {
    reviews.request(partnerId, TierReviewTrigger.SCHEDULED, reviewRound);
  }
}
