package org.partnerengine.rebates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.tiering.ActivePartners;
import org.partnerengine.tiering.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({ListPartnersForRebatesWorker.class, ListPartnersForRebatesWorkerTest.Settings.class})
class ListPartnersForRebatesWorkerTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2027-01-01T01:00:00Z"), ZoneOffset.UTC);
    }

    @Bean
    RebateSettings rebateSettings() {
      return new RebateSettings(null, null);
    }
  }

  @Autowired ListPartnersForRebatesWorker list;
  @Autowired ActivePartners activePartners;
  @Autowired Partners partners;
  @Autowired Clock clock;

  @Test
  void theRunSettlesTheQuarterThatJustEndedForActivePartners() {
    long active = active();
    TestPartners.create(partners, Stage.ONBOARD, null);

    ListPartnersForRebatesWorker.RebatePage page = list.list(null, null);

    assertThat(page.quarter()).isEqualTo("2026-Q4");
    assertThat(page.partnerIds()).containsExactly(active);
    assertThat(page.afterPartnerId()).isEqualTo(active);
    assertThat(page.morePartners()).isFalse();
  }

  @Test
  void aRunListsItsActivePartnersPageByPageInIdOrderForOneQuarter() {
    long first = active();
    long second = active();
    TestPartners.create(partners, Stage.CERTIFY, null);
    long third = active();
    long fourth = active();
    TestPartners.create(partners, Stage.ONBOARD, null);
    long fifth = active();
    ListPartnersForRebatesWorker paged = pagesOf(2);

    ListPartnersForRebatesWorker.RebatePage firstPage = paged.list(null, "2026-Q3");
    ListPartnersForRebatesWorker.RebatePage middle = paged.list(firstPage.afterPartnerId(), "2026-Q3");
    ListPartnersForRebatesWorker.RebatePage last = paged.list(middle.afterPartnerId(), "2026-Q3");

    assertThat(firstPage.partnerIds()).containsExactly(first, second);
    assertThat(firstPage.afterPartnerId()).isEqualTo(second);
    assertThat(firstPage.morePartners()).isTrue();
    assertThat(firstPage.quarter()).as("a run without a cursor is a new run").isEqualTo("2026-Q4");
    assertThat(middle.partnerIds()).containsExactly(third, fourth);
    assertThat(middle.afterPartnerId()).isEqualTo(fourth);
    assertThat(middle.morePartners()).isTrue();
    assertThat(middle.quarter()).as("later pages keep the run's quarter").isEqualTo("2026-Q3");
    assertThat(last.partnerIds()).containsExactly(fifth);
    assertThat(last.afterPartnerId()).isEqualTo(fifth);
    assertThat(last.morePartners()).isFalse();
    assertThat(last.quarter()).isEqualTo("2026-Q3");
  }

  @Test
  void aFullLastPageSaysThatNoMorePartnersFollow() {
    long first = active();
    long second = active();
    long third = active();
    long fourth = active();
    ListPartnersForRebatesWorker paged = pagesOf(2);

    ListPartnersForRebatesWorker.RebatePage firstPage = paged.list(null, null);
    ListPartnersForRebatesWorker.RebatePage last = paged.list(firstPage.afterPartnerId(), firstPage.quarter());

    assertThat(firstPage.partnerIds()).containsExactly(first, second);
    assertThat(firstPage.morePartners()).isTrue();
    assertThat(last.partnerIds()).containsExactly(third, fourth);
    assertThat(last.afterPartnerId()).isEqualTo(fourth);
    assertThat(last.morePartners()).isFalse();
    assertThat(last.quarter()).isEqualTo("2026-Q4");
  }

  @Test
  void aProgrammeWithoutActivePartnersHasOneEmptyPage() {
    TestPartners.create(partners, Stage.ENABLE, null);

    ListPartnersForRebatesWorker.RebatePage page = pagesOf(2).list(null, null);

    assertThat(page.partnerIds()).isEmpty();
    assertThat(page.afterPartnerId()).isNull();
    assertThat(page.morePartners()).isFalse();
    assertThat(page.quarter()).isEqualTo("2026-Q4");
  }

  @Test
  void aPageOfFewerThanOnePartnerIsRefused() {
    assertThat(new RebateSettings(null, null).pageSize()).isEqualTo(500);
    assertThatThrownBy(() -> new RebateSettings(null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partner-engine.rebates.page-size");
  }

  private long active() {
    return TestPartners.create(partners, Stage.ACTIVE, null).getId();
  }

  private ListPartnersForRebatesWorker pagesOf(int pageSize) {
    return new ListPartnersForRebatesWorker(activePartners, new RebateSettings(null, pageSize), clock);
  }
}
