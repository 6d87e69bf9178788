package org.partnerengine.recovery;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnerengine.content.OrphanContentSubmissions;
import org.partnerengine.cosell.OrphanCoSelling;
import org.partnerengine.deals.OrphanDeals;
import org.partnerengine.deployment.approval.DeploymentApprovals;
import org.partnerengine.leads.OrphanLeads;
import org.partnerengine.mdf.OrphanMdfRequests;
import org.partnerengine.questions.OrphanQuestions;
import org.partnerengine.region.OrphanRegionLaunches;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The sweep's schedule is there either way; unless orphan-sweep-enabled, a run touches nothing. */
class RecoveryConfigurationTest {

  final OrphanApplications orphans = mock(OrphanApplications.class);
  final OrphanDeals deals = mock(OrphanDeals.class);
  final OrphanMdfRequests mdfRequests = mock(OrphanMdfRequests.class);
  final OrphanQuestions questions = mock(OrphanQuestions.class);
  final OrphanContentSubmissions contentSubmissions = mock(OrphanContentSubmissions.class);
  final DeploymentApprovals approvals = mock(DeploymentApprovals.class);
  final OrphanLeads leads = mock(OrphanLeads.class);
  final OrphanCoSelling coSelling = mock(OrphanCoSelling.class);
  final OrphanRegionLaunches regionLaunches = mock(OrphanRegionLaunches.class);

  final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withUserConfiguration(Settings.class, RecoveryConfiguration.class)
          .withBean(OrphanApplications.class, () -> orphans)
          .withBean(OrphanDeals.class, () -> deals)
          .withBean(OrphanMdfRequests.class, () -> mdfRequests)
          .withBean(OrphanQuestions.class, () -> questions)
          .withBean(OrphanContentSubmissions.class, () -> contentSubmissions)
          .withBean(DeploymentApprovals.class, () -> approvals)
          .withBean(OrphanLeads.class, () -> leads)
          .withBean(OrphanCoSelling.class, () -> coSelling)
          .withBean(OrphanRegionLaunches.class, () -> regionLaunches)
          // The schedule's own runs stay out of the test.
          .withPropertyValues("partner-engine.recovery.orphan-sweep-interval=PT1H");

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(RecoverySettings.class)
  static class Settings {}

  @Test
  void offWhenNotSetARunTouchesNothing() {
    aRunTouchesNothing(app);
  }

  @Test
  void switchedOffARunTouchesNothing() {
    aRunTouchesNothing(app.withPropertyValues("partner-engine.recovery.orphan-sweep-enabled=false"));
  }

  private void aRunTouchesNothing(ApplicationContextRunner app) {
    app.run(
        context -> {
          context.getBean(RecoveryConfiguration.ScheduledSweep.class).sweep();
          verifyNoInteractions(orphans, deals, mdfRequests, questions, contentSubmissions, approvals, leads, coSelling, regionLaunches);
        });
  }

  @Test
  void switchedOnARunSweepsEverything() {
    app.withPropertyValues("partner-engine.recovery.orphan-sweep-enabled=true", "partner-engine.recovery.orphan-grace=PT5M")
        .run(
            context -> {
              context.getBean(RecoveryConfiguration.ScheduledSweep.class).sweep();
              Duration grace = Duration.ofMinutes(5);
              verify(orphans).sweep();
              verify(deals).sweep(grace);
              verify(mdfRequests).sweep(grace);
              verify(questions).sweep(grace);
              verify(leads).sweep(grace);
              verify(coSelling).sweep(grace);
              verify(regionLaunches).sweep(grace);
              verify(contentSubmissions).sweep(grace);
              verify(approvals).startMissing();
            });
  }
}
