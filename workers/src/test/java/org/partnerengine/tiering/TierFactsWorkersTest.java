package org.partnerengine.tiering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({CollectTierFactsWorker.class, ListPartnersForReviewWorker.class, TierFactsWorkersTest.Facts.class})
class TierFactsWorkersTest {

  static final Instant NOW = Instant.parse("2026-12-31T10:00:00Z");

  /** Answers fixed facts and remembers the window it was asked about. */
  static class RecordingFacts implements TierFactsSource {
    Instant from;
    Instant to;

    @Override
    public TierFacts factsFor(long partnerId, Instant from, Instant to) {
      this.from = from;
      this.to = to;
      return new TierFacts(new BigDecimal("300000.00"), 2, new BigDecimal("0.3500"));
    }

    @Override
    public BigDecimal wonRevenue(long partnerId, Instant from, Instant to) {
      return BigDecimal.ZERO;
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Facts {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    RecordingFacts facts() {
      return new RecordingFacts();
    }

    @Bean
    TieringSettings tieringSettings() {
      return new TieringSettings(null, null, null, null, null);
    }
  }

  @Autowired CollectTierFactsWorker collect;
  @Autowired ListPartnersForReviewWorker list;
  @Autowired RecordingFacts facts;
  @Autowired Partners partners;
  @Autowired ActivePartners activePartners;
  @Autowired Clock clock;

  @Test
  void collectsTheFactsOfTheLastTwelveMonthsAndTheCurrentTier() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "SILVER").getId();

    CollectTierFactsWorker.Collected collected = collect.collect(partnerId);

    assertThat(facts.from).isEqualTo(Instant.parse("2025-12-31T10:00:00Z"));
    assertThat(facts.to).isEqualTo(NOW);
    assertThat(collected)
        .isEqualTo(new CollectTierFactsWorker.Collected(new BigDecimal("300000.00"), 2, new BigDecimal("0.3500"), "SILVER", null));
  }

  @Test
  void aPartnerNeverTieredIsComparedAsRegistered() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, null).getId();

    assertThat(collect.collect(partnerId).currentTier()).isEqualTo("REGISTERED");
  }

  @Test
  void aScheduledRoundListsOnlyActivePartners() {
    long active = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();
    TestPartners.create(partners, Stage.ENABLE, null);

    ListPartnersForReviewWorker.ReviewPage page = list.list(null, null);

    assertThat(page.partnerIds()).containsExactly(active);
    assertThat(page.afterPartnerId()).isEqualTo(active);
    assertThat(page.morePartners()).isFalse();
    assertThat(page.reviewRound()).isEqualTo("2026-12-31");
    assertThat(page.tierReviewInterval()).isEqualTo("P3M");
  }

  @Test
  void aScheduledRoundListsItsActivePartnersPageByPageInIdOrder() {
    long first = active();
    long second = active();
    TestPartners.create(partners, Stage.CERTIFY, null);
    long third = active();
    long fourth = active();
    TestPartners.create(partners, Stage.ONBOARD, null);
    long fifth = active();
    ListPartnersForReviewWorker paged = pagesOf(2);

    ListPartnersForReviewWorker.ReviewPage firstPage = paged.list(null, "2026-12-30");
    ListPartnersForReviewWorker.ReviewPage middle = paged.list(firstPage.afterPartnerId(), "2026-12-30");
    ListPartnersForReviewWorker.ReviewPage last = paged.list(middle.afterPartnerId(), "2026-12-30");

    assertThat(firstPage.partnerIds()).containsExactly(first, second);
    assertThat(firstPage.afterPartnerId()).isEqualTo(second);
    assertThat(firstPage.morePartners()).isTrue();
    assertThat(firstPage.reviewRound()).as("a round without a cursor is a new round").isEqualTo("2026-12-31");
    assertThat(middle.partnerIds()).containsExactly(third, fourth);
    assertThat(middle.afterPartnerId()).isEqualTo(fourth);
    assertThat(middle.morePartners()).isTrue();
    assertThat(middle.reviewRound()).as("later pages keep the round's id").isEqualTo("2026-12-30");
    assertThat(last.partnerIds()).containsExactly(fifth);
    assertThat(last.afterPartnerId()).isEqualTo(fifth);
    assertThat(last.morePartners()).isFalse();
    assertThat(last.reviewRound()).isEqualTo("2026-12-30");
  }

  @Test
  void aFullLastPageSaysThatNoMorePartnersFollow() {
    long first = active();
    long second = active();

    ListPartnersForReviewWorker.ReviewPage page = pagesOf(2).list(null, null);

    assertThat(page.partnerIds()).containsExactly(first, second);
    assertThat(page.morePartners()).isFalse();
  }

  @Test
  void aProgrammeWithoutActivePartnersHasOneEmptyPage() {
    TestPartners.create(partners, Stage.ENABLE, null);

    ListPartnersForReviewWorker.ReviewPage page = pagesOf(2).list(null, null);

    assertThat(page.partnerIds()).isEmpty();
    assertThat(page.afterPartnerId()).isNull();
    assertThat(page.morePartners()).isFalse();
    assertThat(page.tierReviewInterval()).isEqualTo("P3M");
  }

  private long active() {
    return TestPartners.create(partners, Stage.ACTIVE, null).getId();
  }

  private ListPartnersForReviewWorker pagesOf(int pageSize) {
    return new ListPartnersForReviewWorker(activePartners, new TieringSettings(null, null, null, null, pageSize), clock);
  }
}
