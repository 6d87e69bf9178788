package org.partnerengine.attention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a partner's attention rows in line with what the rules found: a new reason (or one that
 * came back) raises a follow-up, a reason no longer found clears its follow-up. The row per partner
 * and reason is unique, so a second delivery of the same findings changes nothing.
 */
@Component
public class AttentionReconciliation {

  private final PartnerAttentions attentions;
  private final FollowUps followUps;
  private final Partners partners;
  private final PartnerHistory history;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /**
   * Reasons raised by something other than the attention rules (a detractor's survey answer): the
   * review never clears them; their follow-up does.
   */
  public static final Set<String> RAISED_OUTSIDE_THE_RULES = Set.of("DETRACTOR");

  public AttentionReconciliation(
      PartnerAttentions attentions,
      FollowUps followUps,
      Partners partners,
      PartnerHistory history,
      ApplicationEventPublisher events,
      Clock clock) {
    this.attentions = attentions;
    this.followUps = followUps;
    this.partners = partners;
    this.history = history;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Raises one of the {@link #RAISED_OUTSIDE_THE_RULES} reasons: a new follow-up, unless the
   * reason is open already (its follow-up is still to be done).
   *
   * @return whether a follow-up was raised
   */
  @Transactional
  public boolean raise(long partnerId, String reason, AttentionKind kind, String source) {
    if (!RAISED_OUTSIDE_THE_RULES.contains(reason)) {
      throw new IllegalArgumentException(reason + " is raised by the attention rules only");
    }
    Instant now = clock.instant();
    Partner partner = partners.require(partnerId);
    PartnerAttention attention = attentions.findByPartnerIdAndReason(partnerId, reason).orElse(null);
    if (attention == null) {
      attention = attentions.saveAndFlush(new PartnerAttention(partnerId, reason, kind, now));
    } else if (!attention.raiseAgain(kind, now)) {
      return false;
    }
    history.recordOnce(roundKey(attention) + ":raised", partner, "ATTENTION_RAISED", source, reason);
    followUps.raise(attention);
    return true;
  }

  @Transactional
  public void reconcile(long partnerId, List<AttentionFinding> findings) {
    Instant now = clock.instant();
    Partner partner = partners.require(partnerId);
    for (AttentionFinding finding : findings) {
      PartnerAttention attention = attentions.findByPartnerIdAndReason(partnerId, finding.reason()).orElse(null);
      if (attention == null) {
        attention = attentions.saveAndFlush(new PartnerAttention(partnerId, finding.reason(), finding.kind(), now));
      } else if (!attention.raiseAgain(finding.kind(), now)) {
        continue;
      }
      history.recordOnce(
          roundKey(attention) + ":raised", partner, "ATTENTION_RAISED", "partner-attention rules", finding.reason());
      followUps.raise(attention);
    }
    Set<String> found = findings.stream().map(AttentionFinding::reason).collect(Collectors.toSet());
    for (PartnerAttention open : attentions.findByPartnerIdAndStatus(partnerId, AttentionStatus.OPEN)) {
      if (RAISED_OUTSIDE_THE_RULES.contains(open.getReason())) {
        continue;
      }
      if (!found.contains(open.getReason()) && open.clear(now)) {
        history.recordOnce(
            roundKey(open) + ":cleared", partner, "ATTENTION_CLEARED", "partner-attention rules", open.getReason());
        followUps.clear(open);
      }
    }
  }

  /** The manager followed up (the follow-up task was completed). */
  @Transactional
  public void followedUp(long partnerId, String reason, int round, String note) {
    attentions
        .findByPartnerIdAndReason(partnerId, reason)
        .filter(a -> a.getRound() == round)
        .ifPresent(
            a -> {
              a.followedUp(note, clock.instant());
              history.recordOnce(
                  roundKey(a) + ":followed-up", partners.require(partnerId), "ATTENTION_FOLLOWED_UP", "partner-managers", note);
              if (RAISED_OUTSIDE_THE_RULES.contains(reason)) {
                // Nothing else clears it: done once followed up, so the next round can raise it again.
                a.clear(clock.instant());
              }
              events.publishEvent(new AttentionFollowedUp(partnerId, reason, round, note));
            });
  }

  static String roundKey(PartnerAttention attention) {
    return "partner-" + attention.getPartnerId() + ":attention:" + attention.getReason() + ":" + attention.getRound();
  }
}
