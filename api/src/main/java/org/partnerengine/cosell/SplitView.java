package org.partnerengine.cosell;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.partnerengine.deals.Deal;
import org.partnerengine.deals.DealStatus;

/** A revenue split with its deal: the shares, who proposed, accepted and decided it. */
record SplitView(
    long id,
    long dealId,
    String customerName,
    BigDecimal amount,
    String currency,
    DealStatus dealStatus,
    SplitStatus status,
    List<ShareView> shares,
    String proposedBy,
    Instant proposedAt,
    String ownerAnsweredBy,
    Instant ownerAnsweredAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {

  record ShareView(long partnerId, SplitRole role, BigDecimal sharePercent) {}

  static SplitView of(DealSplit split, Deal deal) {
    return new SplitView(
        split.getId(),
        split.getDealId(),
        deal.getCustomerName(),
        deal.getAmount(),
        deal.getCurrency(),
        deal.getStatus(),
        split.getStatus(),
        split.getShares().stream().map(s -> new ShareView(s.partnerId(), s.role(), s.sharePercent())).toList(),
        split.getProposedBy(),
        split.getProposedAt(),
        split.getOwnerAnsweredBy(),
        split.getOwnerAnsweredAt(),
        split.getDecidedBy(),
        split.getDecidedAt(),
        split.getDecisionNote());
  }
}
