package org.partnerengine.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.account.AccountStatus;
import org.partnerengine.partner.IllegalStageTransition;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerEvent;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.tiering.TestPartners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({
  RevokeAccessWorker.class,
  ReleaseDealsWorker.class,
  CancelMdfReservationsWorker.class,
  RecordOffboardingWorker.class,
  Offboarding.class,
  OffboardingConfiguration.class,
  AccountService.class,
  org.partnerengine.notification.NotificationOutbox.class,
  PartnerHistory.class,
  OffboardingWorkersTest.Beans.class
})
class OffboardingWorkersTest {

  /** Remembers which partners' deals it was asked to release. */
  static class RecordingDealReleases implements DealReleases {
    final List<Long> released = new ArrayList<>();

    @Override
    public void releaseProtectedDeals(long partnerId, String reason) {
      released.add(partnerId);
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Beans {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-12-31T10:00:00Z"), ZoneOffset.UTC);
    }

    @Bean
    RecordingDealReleases recordingDealReleases() {
      return new RecordingDealReleases();
    }
  }

  @Autowired RevokeAccessWorker revokeAccess;
  @Autowired ReleaseDealsWorker releaseDeals;
  @Autowired CancelMdfReservationsWorker cancelMdf;
  @Autowired RecordOffboardingWorker recordOffboarding;
  @Autowired RecordingDealReleases dealReleases;
  @Autowired AccountService accounts;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;

  @Test
  void revokingAccessTwiceRevokesTheAccountAndRecordsItOnce() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();
    accounts.provision(partnerId, "ada@acme.de");

    revokeAccess.revokeAccess(partnerId);
    revokeAccess.revokeAccess(partnerId);

    assertThat(accounts.forPartner(partnerId).orElseThrow().getStatus()).isEqualTo(AccountStatus.REVOKED);
    assertThat(events.countByPartnerIdAndType(partnerId, "ACCESS_REVOKED")).isEqualTo(1);
  }

  @Test
  void aPartnerWithoutAPortalAccountIsOffboardedAllTheSame() {
    long partnerId = TestPartners.create(partners, Stage.ONBOARD, null).getId();

    revokeAccess.revokeAccess(partnerId);

    assertThat(accounts.forPartner(partnerId)).isEmpty();
    assertThat(events.countByPartnerIdAndType(partnerId, "ACCESS_REVOKED")).isEqualTo(1);
  }

  @Test
  void releasesTheDealsThroughTheDealFeatureAndRecordsItOnce() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();

    releaseDeals.releaseDeals(partnerId, "Contract terminated");
    releaseDeals.releaseDeals(partnerId, "Contract terminated");
    cancelMdf.cancelMdfReservations(partnerId, "Contract terminated");

    assertThat(dealReleases.released).contains(partnerId);
    assertThat(events.countByPartnerIdAndType(partnerId, "DEALS_RELEASED")).isEqualTo(1);
    assertThat(events.countByPartnerIdAndType(partnerId, "MDF_RESERVATIONS_CANCELLED")).isEqualTo(1);
  }

  @Test
  void recordingTheOffboardingTwiceMovesThePartnerOnceAndKeepsItsHistory() {
    long partnerId = TestPartners.create(partners, Stage.ACTIVE, "GOLD").getId();
    revokeAccess.revokeAccess(partnerId);

    recordOffboarding.recordOffboarding(partnerId, "Contract terminated");
    recordOffboarding.recordOffboarding(partnerId, "Contract terminated");

    Partner partner = partners.require(partnerId);
    assertThat(partner.getStage()).isEqualTo(Stage.OFFBOARDED);
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType, PartnerEvent::getDetail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ACCESS_REVOKED", "portal access revoked"),
            org.assertj.core.groups.Tuple.tuple("OFFBOARDED", "Contract terminated"));
  }

  @Test
  void aPartnerCanBeOffboardedFromAnEarlyStage() {
    long partnerId = TestPartners.create(partners, Stage.RECRUIT, null).getId();

    recordOffboarding.recordOffboarding(partnerId, "Withdrew the application");

    assertThat(partners.require(partnerId).getStage()).isEqualTo(Stage.OFFBOARDED);
  }

  @Test
  void aRejectedApplicantCannotBeOffboarded() {
    Partner rejected = TestPartners.create(partners, Stage.RECRUIT, null);
    rejected.enterStage(Stage.REJECTED, Instant.EPOCH);
    long partnerId = partners.saveAndFlush(rejected).getId();

    assertThatThrownBy(() -> recordOffboarding.recordOffboarding(partnerId, "Contract terminated"))
        .isInstanceOf(IllegalStageTransition.class);
  }
}
