package org.partnerengine.tiering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.messaging.PartnerMessages;

class TierReviewsTest {

  PartnerMessages messages = mock(PartnerMessages.class);
  TierReviews reviews = new TierReviews(messages, new TieringSettings(null, null, new BigDecimal("100000"), null, null));

  @Test
  void aRoundAsksForEachPartnersReviewUnderAMessageIdThatARedeliveredJobRepeats() {
    when(messages.publish(anyString(), anyString(), anyString(), anyMap())).thenReturn(true, false);
    RequestTierReviewWorker worker = new RequestTierReviewWorker(reviews);

    worker.request(7L, "2027-03-31");
    worker.request(7L, "2027-03-31");

    // The same message id twice: the engine takes the first and refuses the second.
    verify(messages, org.mockito.Mockito.times(2))
        .publish(
            "tier-review-requested",
            "7",
            "tier-review:SCHEDULED:7:2027-03-31",
            Map.of("partnerId", 7L, "trigger", "SCHEDULED"));
  }

  @Test
  void onlyABigWonDealAsksForAReview() {
    when(messages.publish(anyString(), anyString(), anyString(), anyMap())).thenReturn(true);

    assertThat(reviews.dealWon(7L, 41L, new BigDecimal("99999.99"))).isFalse();
    verify(messages, never()).publish(anyString(), anyString(), anyString(), any());

    assertThat(reviews.dealWon(7L, 42L, new BigDecimal("100000"))).isTrue();
    verify(messages)
        .publish(
            "tier-review-requested",
            "7",
            "tier-review:BIG_DEAL_WON:7:42",
            Map.of("partnerId", 7L, "trigger", "BIG_DEAL_WON"));
  }
}
