package org.partnerengine.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.PartnerEvent;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({
  ApplyTierWorker.class,
  RecordTierReviewWorker.class,
  TierHistory.class,
  PartnerHistory.class,
  TierReviewWorkersTest.FixedClock.class
})
class TierReviewWorkersTest {

  static final Instant NOW = Instant.parse("2026-12-31T10:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired ApplyTierWorker apply;
  @Autowired RecordTierReviewWorker record;
  @Autowired Partners partners;
  @Autowired TierChanges tierChanges;
  @Autowired PartnerEvents events;

  @Test
  void anUpgradeMovesThePartnerAndKeepsTheRuleAsTheReason() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "SILVER").getId();

    apply.apply(partnerId, "GOLD", "Gold: booked revenue of 250,000 or more", "BIG_DEAL_WON", null, null, 100L);

    assertThat(partners.require(partnerId).getTier()).isEqualTo("GOLD");
    TierChange change = tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId).getFirst();
    assertThat(change.getOutcome()).isEqualTo(TierReviewOutcome.UPGRADED);
    assertThat(change.getFromTier()).isEqualTo(Tier.SILVER);
    assertThat(change.getToTier()).isEqualTo(Tier.GOLD);
    assertThat(change.getReason()).isEqualTo("Gold: booked revenue of 250,000 or more");
    assertThat(change.getReviewTrigger()).isEqualTo("BIG_DEAL_WON");
    assertThat(change.getDecidedBy()).isEqualTo("partner-tier rules");
    assertThat(change.getDecidedAt()).isEqualTo(NOW);
  }

  @Test
  void aReviewDeliveredTwiceChangesTheTierOnce() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "SILVER").getId();

    apply.apply(partnerId, "GOLD", "Gold", "SCHEDULED", null, null, 100L);
    apply.apply(partnerId, "GOLD", "Gold", "SCHEDULED", null, null, 100L);

    assertThat(tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId)).hasSize(1);
    assertThat(events.countByPartnerIdAndType(partnerId, "TIER_UPGRADED")).isEqualTo(1);
  }

  @Test
  void anApprovedDowngradeRecordsTheManagerAndTheirReason() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();

    apply.apply(partnerId, "SILVER", "Silver", "CERTIFICATE_EXPIRED", "No certified staff left", "maria", 101L);

    assertThat(partners.require(partnerId).getTier()).isEqualTo("SILVER");
    TierChange change = tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId).getFirst();
    assertThat(change.getOutcome()).isEqualTo(TierReviewOutcome.DOWNGRADED);
    assertThat(change.getDecidedBy()).isEqualTo("maria");
    assertThat(change.getReason()).isEqualTo("Silver; downgrade approved: No certified staff left");
  }

  @Test
  void aRefusedDowngradeKeepsTheTierAndSaysWhatWasProposed() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();

    record.record(partnerId, "SILVER", "Silver", "SCHEDULED", "Strategic partner", null, 102L);
    record.record(partnerId, "SILVER", "Silver", "SCHEDULED", "Strategic partner", null, 102L);

    assertThat(partners.require(partnerId).getTier()).isEqualTo("GOLD");
    List<TierChange> changes = tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId);
    assertThat(changes).hasSize(1);
    assertThat(changes.getFirst().getOutcome()).isEqualTo(TierReviewOutcome.KEPT);
    assertThat(changes.getFirst().getToTier()).isEqualTo(Tier.GOLD);
    assertThat(changes.getFirst().getProposedTier()).isEqualTo(Tier.SILVER);
    assertThat(changes.getFirst().getDecidedBy()).isEqualTo("partner-managers");
  }

  @Test
  void aReviewThatFindsTheSameTierIsRecordedAsUnchanged() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, null).getId();

    record.record(partnerId, "REGISTERED", "Registered: below the Silver thresholds", "MANUAL", null, null, 103L);

    assertThat(tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId).getFirst().getOutcome())
        .isEqualTo(TierReviewOutcome.UNCHANGED);
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType)
        .containsExactly("TIER_UNCHANGED");
  }

  @Test
  void theHistoryKeepsEveryReview() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "SILVER").getId();

    apply.apply(partnerId, "GOLD", "Gold", "BIG_DEAL_WON", null, null, 200L);
    record.record(partnerId, "GOLD", "Gold", "SCHEDULED", null, null, 201L);
    apply.apply(partnerId, "SILVER", "Silver", "CERTIFICATE_EXPIRED", "Lapsed", "maria", 202L);

    assertThat(tierChanges.findByPartnerIdOrderByDecidedAtAscIdAsc(partnerId))
        .extracting(TierChange::getOutcome)
        .containsExactly(TierReviewOutcome.UPGRADED, TierReviewOutcome.UNCHANGED, TierReviewOutcome.DOWNGRADED);
  }
}
