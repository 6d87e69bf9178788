package org.partnerengine.recovery;

import org.partnerengine.content.OrphanContentSubmissions;
import org.partnerengine.cosell.OrphanCoSelling;
import org.partnerengine.region.OrphanRegionLaunches;
import org.partnerengine.deals.OrphanDeals;
import org.partnerengine.deployment.approval.DeploymentApprovals;
import org.partnerengine.leads.OrphanLeads;
import org.partnerengine.mdf.OrphanMdfRequests;
import org.partnerengine.questions.OrphanQuestions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the orphan sweep on a schedule when {@code partner-engine.recovery.orphan-sweep-enabled}: orphan
 * applications, deals, MDF requests, questions, leads, co-sell requests, revenue splits, region launches and library submissions, and deployment requests whose approval task the engine did
 * not take. The switch is read at run time, not as a condition, because the AOT-processed app decides
 * its conditions at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RecoveryConfiguration {

  @Bean
  ScheduledSweep scheduledOrphanSweep(
      OrphanApplications orphans,
      OrphanDeals deals,
      OrphanMdfRequests mdfRequests,
      OrphanQuestions questions,
      OrphanContentSubmissions contentSubmissions,
      DeploymentApprovals approvals,
      OrphanLeads leads,
      OrphanCoSelling coSelling,
      OrphanRegionLaunches regionLaunches,
      RecoverySettings settings) {
    return new ScheduledSweep(
        orphans, deals, mdfRequests, questions, contentSubmissions, approvals, leads, coSelling, regionLaunches, settings);
  }

  static class ScheduledSweep {
    private final OrphanApplications orphans;
    private final OrphanDeals deals;
    private final OrphanMdfRequests mdfRequests;
    private final OrphanQuestions questions;
    private final OrphanContentSubmissions contentSubmissions;
    private final DeploymentApprovals approvals;
    private final OrphanLeads leads;
    private final OrphanCoSelling coSelling;
    private final OrphanRegionLaunches regionLaunches;
    private final RecoverySettings settings;

    ScheduledSweep(
        OrphanApplications orphans,
        OrphanDeals deals,
        OrphanMdfRequests mdfRequests,
        OrphanQuestions questions,
        OrphanContentSubmissions contentSubmissions,
        DeploymentApprovals approvals,
        OrphanLeads leads,
        OrphanCoSelling coSelling,
        OrphanRegionLaunches regionLaunches,
        RecoverySettings settings) {
      this.leads = leads;
      this.regionLaunches = regionLaunches;
      this.coSelling = coSelling;
      this.orphans = orphans;
      this.deals = deals;
      this.mdfRequests = mdfRequests;
      this.questions = questions;
      this.contentSubmissions = contentSubmissions;
      this.approvals = approvals;
      this.settings = settings;
    }

    @Scheduled(
        initialDelayString = "${partner-engine.recovery.orphan-sweep-interval:PT1M}",
        fixedDelayString = "${partner-engine.recovery.orphan-sweep-interval:PT1M}")
    void sweep() {
      if (!settings.orphanSweepEnabled()) {
        return;
      }
      orphans.sweep();
      deals.sweep(settings.orphanGrace());
      mdfRequests.sweep(settings.orphanGrace());
      questions.sweep(settings.orphanGrace());
      leads.sweep(settings.orphanGrace());
      coSelling.sweep(settings.orphanGrace());
      regionLaunches.sweep(settings.orphanGrace());
      contentSubmissions.sweep(settings.orphanGrace());
      approvals.startMissing();
    }
  }
}
