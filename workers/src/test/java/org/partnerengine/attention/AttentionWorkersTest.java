package org.partnerengine.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.analytics.AnalyticsFixtures;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
@Import({
  AttentionWorkers.class,
  AttentionFactsCollector.class,
  org.partnerengine.prediction.ChurnRisk.class,
  org.partnerengine.prediction.PartnerSnapshots.class,
  AttentionReconciliation.class,
  PartnerHistory.class,
  AnalyticsFixtures.class,
  AttentionWorkersTest.Recording.class
})
class AttentionWorkersTest {

  static final Instant NOW = AnalyticsFixtures.NOW;
  static final AttentionFinding NO_DEALS = new AttentionFinding("NO_RECENT_DEALS", AttentionKind.AT_RISK);
  static final AttentionFinding EXPIRING = new AttentionFinding("CERTIFICATE_EXPIRING", AttentionKind.AT_RISK);

  /** Records the follow-up messages instead of sending them to an engine. */
  static class RecordingFollowUps implements FollowUps {
    final List<String> raised = new ArrayList<>();
    final List<String> cleared = new ArrayList<>();

    @Override
    public void raise(PartnerAttention attention) {
      raised.add(attention.key() + ":" + attention.getRound());
    }

    @Override
    public void clear(PartnerAttention attention) {
      cleared.add(attention.key() + ":" + attention.getRound());
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Recording {
    @Bean
    RecordingFollowUps followUps() {
      return new RecordingFollowUps();
    }

    @Bean
    AttentionSettings attentionSettings() {
      return AttentionSettings.defaults();
    }
  }

  @Autowired AttentionWorkers workers;
  @Autowired PartnerAttentions attentions;
  @Autowired PartnerEvents events;
  @Autowired RecordingFollowUps followUps;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired AttentionFactsCollector factsCollector;
  @Autowired AttentionReconciliation reconciliation;
  @Autowired Clock clock;

  GeneratedHistory history;
  long partnerId;

  @BeforeEach
  void partner() {
    history = new GeneratedHistory(dataSource);
    partnerId = history.partner("ACTIVE", "SILVER", NOW.minus(Duration.ofDays(400)));
    followUps.raised.clear();
    followUps.cleared.clear();
  }

  @Test
  void aReasonDeliveredTwiceRaisesOneFollowUp() {
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});

    assertThat(attentions.findAll()).singleElement().satisfies(a -> {
      assertThat(a.getReason()).isEqualTo("NO_RECENT_DEALS");
      assertThat(a.getStatus()).isEqualTo(AttentionStatus.OPEN);
      assertThat(a.getRaisedAt()).isEqualTo(NOW);
    });
    assertThat(followUps.raised).containsExactly(partnerId + ":NO_RECENT_DEALS:1");
    assertThat(events.countByPartnerIdAndType(partnerId, "ATTENTION_RAISED")).isEqualTo(1);
  }

  @Test
  void aReasonNoLongerFoundClearsItsFollowUpOnce() {
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS, EXPIRING});

    workers.reconcile(partnerId, new AttentionFinding[] {EXPIRING});
    workers.reconcile(partnerId, new AttentionFinding[] {EXPIRING});

    assertThat(followUps.cleared).containsExactly(partnerId + ":NO_RECENT_DEALS:1");
    assertThat(attentions.findByPartnerIdAndReason(partnerId, "NO_RECENT_DEALS").orElseThrow().getStatus())
        .isEqualTo(AttentionStatus.CLEARED);
    assertThat(attentions.findByPartnerIdAndReason(partnerId, "CERTIFICATE_EXPIRING").orElseThrow().getStatus())
        .isEqualTo(AttentionStatus.OPEN);
    assertThat(events.countByPartnerIdAndType(partnerId, "ATTENTION_CLEARED")).isEqualTo(1);
  }

  @Test
  void noReasonsAtAllAsTheDecisionAnswersNullClearsEveryFollowUp() {
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});

    workers.reconcile(partnerId, null);

    assertThat(followUps.cleared).containsExactly(partnerId + ":NO_RECENT_DEALS:1");
  }

  @Test
  void aCauseThatComesBackRaisesTheNextRound() {
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});
    workers.reconcile(partnerId, new AttentionFinding[] {});

    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});

    assertThat(followUps.raised).containsExactly(partnerId + ":NO_RECENT_DEALS:1", partnerId + ":NO_RECENT_DEALS:2");
    assertThat(attentions.findAll()).singleElement().extracting(PartnerAttention::getRound).isEqualTo(2);
  }

  @Test
  void aFollowUpRecordedTwiceIsRecordedOnce() {
    workers.reconcile(partnerId, new AttentionFinding[] {NO_DEALS});

    workers.recordFollowUp(partnerId, "NO_RECENT_DEALS", 1, "Pipeline review on Monday");
    workers.recordFollowUp(partnerId, "NO_RECENT_DEALS", 1, "Pipeline review on Monday");

    PartnerAttention attention = attentions.findAll().getFirst();
    assertThat(attention.getFollowedUpAt()).isEqualTo(NOW);
    assertThat(attention.getFollowUpNote()).isEqualTo("Pipeline review on Monday");
    assertThat(events.countByPartnerIdAndType(partnerId, "ATTENTION_FOLLOWED_UP")).isEqualTo(1);
  }

  @Test
  void closingAFollowUpCancelsItsOpenTaskInTheInboxAndNothingElse() {
    history.userTask("Task_FollowUpPartner", partnerId, NOW.minus(Duration.ofDays(2)), null, null);
    history.userTask("Task_FollowUpPartner", partnerId, NOW.minus(Duration.ofDays(2)), null, null);
    List<Long> instances = jdbc.queryForList("select process_instance_key from user_task order by id", Long.class);

    workers.closeFollowUp(instances.get(0));
    workers.closeFollowUp(instances.get(0));

    assertThat(jdbc.queryForList("select state from user_task order by id", String.class))
        .containsExactly("CANCELED", "CREATED");
  }

  @Test
  void collectsTheFactsTheRulesDecideOn() {
    history.stageEntered(partnerId, "ACTIVE", NOW.minus(Duration.ofDays(200)).minus(Duration.ofHours(3)));
    history.deal(partnerId, BigDecimal.valueOf(10_000), "WON", NOW.minus(Duration.ofDays(120)), NOW.minus(Duration.ofDays(60)), LocalDate.of(2026, 12, 1));
    history.deal(partnerId, BigDecimal.valueOf(2_000), "WON", NOW.minus(Duration.ofDays(150)), NOW.minus(Duration.ofDays(120)), LocalDate.of(2026, 12, 1));
    history.certificate(partnerId, "sales", 1, "ACTIVE", NOW.minus(Duration.ofDays(330)), NOW.plus(Duration.ofDays(35)).plus(Duration.ofHours(1)));
    history.certificate(partnerId, "tech", 1, "ACTIVE", NOW.minus(Duration.ofDays(100)), NOW.plus(Duration.ofDays(265)));
    history.examAttempt(partnerId, "sales", 2, NOW.minus(Duration.ofDays(2)));

    AttentionFacts facts = workers.collectFacts(partnerId);

    assertThat(facts).isEqualTo(new AttentionFacts("ACTIVE", "SILVER", true, 120, 35L, true, 200, new BigDecimal("40000.00"), true, null));
  }

  @Test
  void aPartnerWithoutDealsOrCertificatesCountsFromItsCreation() {
    AttentionFacts facts = workers.collectFacts(partnerId);

    assertThat(facts.daysWithoutDeal()).isEqualTo(400);
    assertThat(facts.daysInStage()).isEqualTo(400);
    assertThat(facts.certified()).isFalse();
    assertThat(facts.daysToCertificateExpiry()).isNull();
    assertThat(facts.revenueGrowing()).isFalse();
  }

  @Test
  void listsThePartnersInWorkingStagesAndTheNextInterval() {
    long onboarding = history.partner("ONBOARD", null, NOW);
    history.partner("RECRUIT", null, NOW);
    history.partner("OFFBOARDED", null, NOW);

    AttentionWorkers.ReviewPage page = workers.listPartners(null, null);

    assertThat(page.partnerIds()).containsExactly(partnerId, onboarding);
    assertThat(page.afterPartnerId()).isEqualTo(onboarding);
    assertThat(page.morePartners()).isFalse();
    assertThat(page.attentionReviewInterval()).isEqualTo("PT24H");
    assertThat(page.attentionRound()).isEqualTo("2026-12-31");
  }

  @Test
  void aRoundListsItsPartnersPageByPageInIdOrderSkippingOtherStages() {
    long second = history.partner("ENABLE", null, NOW);
    history.partner("RECRUIT", null, NOW);
    long third = history.partner("CERTIFY", null, NOW);
    long fourth = history.partner("ONBOARD", null, NOW);
    history.partner("OFFBOARDED", null, NOW);
    long fifth = history.partner("ACTIVE", null, NOW);
    AttentionWorkers paged = pagesOf(2);

    AttentionWorkers.ReviewPage first = paged.listPartners(null, "2026-12-30");
    AttentionWorkers.ReviewPage middle = paged.listPartners(first.afterPartnerId(), "2026-12-30");
    AttentionWorkers.ReviewPage last = paged.listPartners(middle.afterPartnerId(), "2026-12-30");

    assertThat(first.partnerIds()).containsExactly(partnerId, second);
    assertThat(first.afterPartnerId()).isEqualTo(second);
    assertThat(first.morePartners()).isTrue();
    assertThat(first.attentionRound()).as("a round without a cursor is a new round").isEqualTo("2026-12-31");
    assertThat(middle.partnerIds()).containsExactly(third, fourth);
    assertThat(middle.afterPartnerId()).isEqualTo(fourth);
    assertThat(middle.morePartners()).isTrue();
    assertThat(middle.attentionRound()).as("later pages keep the round's date").isEqualTo("2026-12-30");
    assertThat(last.partnerIds()).containsExactly(fifth);
    assertThat(last.afterPartnerId()).isEqualTo(fifth);
    assertThat(last.morePartners()).isFalse();
  }

  @Test
  void aLastPageThatIsExactlyFullSaysThatNoMorePartnersFollow() {
    long second = history.partner("ACTIVE", null, NOW);

    AttentionWorkers.ReviewPage page = pagesOf(2).listPartners(null, null);

    assertThat(page.partnerIds()).containsExactly(partnerId, second);
    assertThat(page.morePartners()).isFalse();
  }

  @Test
  void aProgrammeWithoutWorkingPartnersHasOneEmptyPage() {
    jdbc.update("update partner set stage = 'OFFBOARDED' where id = ?", partnerId);
    history.partner("RECRUIT", null, NOW);

    AttentionWorkers.ReviewPage page = pagesOf(2).listPartners(null, null);

    assertThat(page.partnerIds()).isEmpty();
    assertThat(page.afterPartnerId()).isNull();
    assertThat(page.morePartners()).isFalse();
    assertThat(page.attentionRound()).isEqualTo("2026-12-31");
  }

  private AttentionWorkers pagesOf(int pageSize) {
    return new AttentionWorkers(jdbc, factsCollector, reconciliation, new AttentionSettings(null, null, pageSize), clock);
  }
}
