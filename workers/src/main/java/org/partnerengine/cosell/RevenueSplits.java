package org.partnerengine.cosell;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerengine.deals.Deal;
import org.partnerengine.deals.DealStatus;
import org.partnerengine.deals.Deals;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revenue splits: a deal's owning partner shares its revenue with partners that co-sold it. A
 * manager or the owning partner proposes; the owner accepts (its own proposal is its acceptance);
 * a channel approver, never the proposer, decides in the revenue-split process. Only an APPROVED
 * split changes revenue sums: the co-sellers' shares count for them in tiers, rebates and
 * scorecards, the owner keeps the rest ({@link org.partnerengine.deals.CreditedRevenue}).
 */
@Service
public class RevenueSplits {

  static final String OWNER_ANSWERED_MESSAGE = "split-owner-answered";
  private static final Logger log = LoggerFactory.getLogger(RevenueSplits.class);
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** A co-seller's part as proposed. */
  public record CoSeller(
      @NotNull Long partnerId,
      @NotNull SplitRole role,
      @NotNull @DecimalMin("0.01") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent) {}

  /** A proposal: the owner's share and one to three co-sellers'; together they make 100. */
  public record Proposal(
      @NotNull @DecimalMin("0.00") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2) BigDecimal ownerSharePercent,
      @NotEmpty @Size(max = 3) List<@Valid @NotNull CoSeller> coSellers) {}

  private final DealSplits splits;
  private final Deals deals;
  private final Partners partners;
  private final PartnerHistory history;
  private final RevenueSplitProcess process;
  private final AcceptedStarts starts;
  private final PartnerMessages messages;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public RevenueSplits(
      DealSplits splits,
      Deals deals,
      Partners partners,
      PartnerHistory history,
      RevenueSplitProcess process,
      AcceptedStarts starts,
      PartnerMessages messages,
      TransactionTemplate transaction,
      Clock clock) {
    this.splits = splits;
    this.deals = deals;
    this.partners = partners;
    this.history = history;
    this.process = process;
    this.starts = starts;
    this.messages = messages;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Stores a proposal and starts its decision.
   *
   * @param byOwner whether the owning partner proposes it (a partner user of that partner)
   */
  public DealSplit propose(long dealId, Proposal proposal, String proposedBy, boolean byOwner) {
    DealSplit stored;
    try {
      stored = transaction.execute(status -> {
        Deal deal = deals.require(dealId);
        if (deal.getStatus() == DealStatus.REJECTED || deal.getStatus() == DealStatus.EXPIRED || deal.getStatus() == DealStatus.LOST) {
          throw new InvalidSplit("deal " + dealId + " is " + deal.getStatus() + ": there is no revenue to split");
        }
        List<SplitShare> shares = shares(deal, proposal);
        return splits.saveAndFlush(new DealSplit(dealId, deal.getPartnerId(), shares, proposedBy, byOwner, clock.instant()));
      });
    } catch (DataIntegrityViolationException underDecision) {
      throw new SplitUnderDecision(dealId);
    }
    long id = stored.getId();
    try {
      // The answer binds the instance, or the instance's first step does: whichever comes first.
      starts.await("revenue split " + id, process.startAsync(stored), key -> bindQuietly(id, key))
          .ifPresent(key -> bindQuietly(id, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> splits.deleteById(id));
      throw refused;
    }
    return transaction.execute(status -> {
      DealSplit split = splits.require(id);
      history.record(partners.require(split.getOwnerPartnerId()), "REVENUE_SPLIT_PROPOSED", proposedBy,
          "deal " + dealId + ": " + RevenueSplitProcess.summary(split));
      return split;
    });
  }

  /** The owning partner's answer to a split someone else proposed: stored, then told to its instance. */
  public DealSplit ownerAnswer(long splitId, long ownerPartnerId, boolean accepted, String answeredBy) {
    DealSplit answered = transaction.execute(status -> {
      DealSplit split = splits.require(splitId);
      if (split.getOwnerPartnerId() != ownerPartnerId) {
        throw new SplitNotFound(splitId);
      }
      split.ownerAnswer(accepted, answeredBy, clock.instant());
      return split;
    });
    try {
      messages.publish(OWNER_ANSWERED_MESSAGE, String.valueOf(splitId), "split-owner-answer:" + splitId, Map.of("ownerAccepted", accepted));
    } catch (EngineUnavailable e) {
      // The answer stands; the instance ends when the owner's window closes and finds it answered.
      log.warn("Split {} is answered; its instance learns it when the window closes: {}", splitId, e.getMessage());
    }
    return answered;
  }

  public List<DealSplit> ofDeal(long dealId) {
    deals.require(dealId);
    return splits.findByDealIdOrderByIdDesc(dealId);
  }

  /**
   * The channel's decision, from the approval task: an approved split replaces the one in force.
   * Recorded once; each partner of the split reads it in its history.
   */
  public void decide(long splitId, boolean approved, String decidedBy, String note) {
    transaction.executeWithoutResult(status -> {
      DealSplit split = splits.require(splitId);
      if (approved) {
        splits.findInForce(split.getDealId()).filter(s -> !s.getId().equals(splitId)).ifPresent(DealSplit::supersede);
        splits.flush();
      }
      if (split.decide(approved, decidedBy, note == null || note.isBlank() ? null : note.strip(), clock.instant())) {
        for (SplitShare share : split.getShares()) {
          history.record(partners.require(share.partnerId()), approved ? "REVENUE_SPLIT_APPROVED" : "REVENUE_SPLIT_REJECTED",
              decidedBy == null ? "channel" : decidedBy,
              "deal " + split.getDealId() + ": " + share.role() + " " + share.sharePercent().toPlainString() + " %");
        }
      }
    });
  }

  /**
   * The owner's window closed. A split still PROPOSED expires; answers whether the owner accepted
   * it meanwhile (its message may not have reached the instance), so the decision still follows.
   */
  public boolean closeOwnerWindow(long splitId) {
    return Boolean.TRUE.equals(transaction.execute(status -> {
      DealSplit split = splits.require(splitId);
      split.expire();
      return split.getStatus() == SplitStatus.OWNER_ACCEPTED;
    }));
  }

  /** Binds the split to its instance; false when another instance has it. */
  public boolean bind(long splitId, long instanceKey) {
    return Boolean.TRUE.equals(transaction.execute(status -> splits.require(splitId).bind(instanceKey)));
  }

  private void bindQuietly(long splitId, long instanceKey) {
    try {
      bind(splitId, instanceKey);
    } catch (RuntimeException e) {
      // the instance's first step binds it
    }
  }

  private List<SplitShare> shares(Deal deal, Proposal proposal) {
    BigDecimal total = proposal.ownerSharePercent();
    Set<Long> seen = new HashSet<>();
    List<SplitShare> shares = new ArrayList<>();
    shares.add(new SplitShare(deal.getPartnerId(), SplitRole.OWNER, proposal.ownerSharePercent()));
    for (CoSeller coSeller : proposal.coSellers()) {
      if (coSeller.role() == SplitRole.OWNER) {
        throw new InvalidSplit("a co-seller's role is SOURCED, INFLUENCED or FULFILLING; the owner is the deal's partner");
      }
      if (coSeller.partnerId() == deal.getPartnerId()) {
        throw new InvalidSplit("partner " + coSeller.partnerId() + " owns the deal: its share is ownerSharePercent");
      }
      if (!seen.add(coSeller.partnerId())) {
        throw new InvalidSplit("partner " + coSeller.partnerId() + " appears twice");
      }
      Partner partner = partners.findById(coSeller.partnerId())
          .orElseThrow(() -> new InvalidSplit("partner " + coSeller.partnerId() + " does not exist"));
      if (partner.getStage() != Stage.ACTIVE) {
        throw new InvalidSplit("partner " + coSeller.partnerId() + " is " + partner.getStage() + ", not ACTIVE: only active partners co-sell");
      }
      total = total.add(coSeller.sharePercent());
      shares.add(new SplitShare(coSeller.partnerId(), coSeller.role(), coSeller.sharePercent()));
    }
    if (total.compareTo(HUNDRED) != 0) {
      throw new InvalidSplit("the shares add up to " + total.stripTrailingZeros().toPlainString() + " %, not 100 %");
    }
    return shares;
  }
}
