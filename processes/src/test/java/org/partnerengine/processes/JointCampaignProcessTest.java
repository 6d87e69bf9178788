package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** joint-campaign: invite the audience, run each partner's part, close when the last has ended. */
@ZeebeProcessTest
class JointCampaignProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("joint-campaign");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void eachInvitedPartnerGetsItsOwnPartAndTheCampaignClosesAfterTheLast() {
    long instance = processes.start("joint-campaign", Map.of("campaignId", 7));
    processes.complete("campaign.select-audience", Map.of("participationIds", List.of(71, 72)));

    List<ActivatedJob> invitations = client.newActivateJobsCommand().jobType("campaign.invite-partner").maxJobsToActivate(10).send().join().getJobs();
    assertThat(invitations).extracting(job -> job.getVariablesAsMap().get("participationId")).containsExactlyInAnyOrder(71, 72);
    assertThat(invitations).allSatisfy(job -> assertThat(job.getVariablesAsMap()).doesNotContainKey("campaignId"));
    String deadline = java.time.Instant.now().plus(Duration.ofDays(1)).toString();
    for (ActivatedJob invitation : invitations) {
      client.newCompleteCommand(invitation.getKey()).variables(Map.of("optInDeadline", deadline)).send().join();
    }
    processes.publish("campaign-answered", "71", "answer:71", Map.of("optedIn", false));
    processes.waitForIdle();
    assertThat(new InspectedProcessInstance(instance)).isActive();

    processes.moveClock(Duration.ofDays(2));
    processes.complete("campaign.expire-invitation", Map.of());
    processes.complete("campaign.close", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_InvitePartners", "Task_CloseCampaign", "EndEvent_CampaignEnded")
        .hasPassedElement("Activity_Participations", 3)
        .isCompleted();
  }
}
