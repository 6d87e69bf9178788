package org.partnerengine.cosell;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Co-selling an operator sets.
 *
 * @param directSalesGroup the group that answers co-sell requests on deals in no territory, or in
 *     one that names no group of its own
 * @param answerWithin the SLA of direct sales' answer; past it the request is marked overdue and
 *     the partner managers are told, the task stays with direct sales
 * @param ownerAnswerWindow how long the owning partner has to accept a split someone else proposed
 */
@ConfigurationProperties("partner-engine.co-selling")
public record CoSellingSettings(String directSalesGroup, Duration answerWithin, Duration ownerAnswerWindow) {

  public CoSellingSettings {
    directSalesGroup = directSalesGroup == null || directSalesGroup.isBlank() ? "direct-sales" : directSalesGroup.strip();
    answerWithin = answerWithin == null ? Duration.ofDays(2) : answerWithin;
    ownerAnswerWindow = ownerAnswerWindow == null ? Duration.ofDays(7) : ownerAnswerWindow;
    if (answerWithin.isNegative() || answerWithin.isZero() || ownerAnswerWindow.isNegative() || ownerAnswerWindow.isZero()) {
      throw new IllegalArgumentException("partner-engine.co-selling.answer-within and owner-answer-window must be positive");
    }
  }

  public static CoSellingSettings defaults() {
    return new CoSellingSettings(null, null, null);
  }
}
