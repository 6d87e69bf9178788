package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** campaign-participation: one partner's part in a joint campaign, from the invitation to the end date. */
@ZeebeProcessTest
class CampaignParticipationProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("campaign-participation");

  static final String INVITE = "campaign.invite-partner";
  static final String CHECK = "campaign.check-co-brand";
  static final String FUNDS = "campaign.request-funds";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aPartnerThatDeclinesEndsItsPart() {
    long instance = invited(11, Duration.ofDays(7));
    processes.publish("campaign-answered", "11", "answer:11", Map.of("optedIn", false));

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_InvitePartner", "Task_AwaitAnswer", "Gateway_OptedIn", "EndEvent_Declined")
        .isCompleted();
  }

  @Test
  void anInvitationNotAnsweredByItsDeadlineExpires() {
    long instance = invited(12, Duration.ofDays(7));
    processes.moveClock(Duration.ofDays(6));
    assertThat(waitingJobs("campaign.expire-invitation")).isEmpty();

    processes.moveClock(Duration.ofDays(2));
    processes.complete("campaign.expire-invitation", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Event_OptInDeadlinePassed", "Task_ExpireInvitation", "EndEvent_Expired")
        .isCompleted();
  }

  @Test
  void aGoldPartnerWaitsForItsProfileGetsSeventyPercentOfALaunchFundedAndLaunchesAtTheStart() {
    long instance = invited(13, Duration.ofDays(7));
    processes.publish("campaign-answered", "13", "answer:13", Map.of("optedIn", true));
    processes.complete(CHECK, check(false, "PRODUCT_LAUNCH", "GOLD", Duration.ofDays(2), Duration.ofDays(30)));
    assertThat(new InspectedProcessInstance(instance)).isWaitingAtElements("Task_AwaitCoBrand");

    processes.publish("co-brand-completed", "13", "co-brand:13", Map.of());
    processes.complete(CHECK, check(true, "PRODUCT_LAUNCH", "GOLD", Duration.ofDays(2), Duration.ofDays(30)));
    ActivatedJob funds = processes.complete(FUNDS, Map.of("fundsRequested", true, "mdfRequestId", 913, "amount", 700, "mdfClaimDeadline", "P90D"));
    assertThat(funds.getVariablesAsMap()).containsEntry("vendorSharePercent", 70);

    // The MDF request runs as a child instance; its reservation arrives as a message.
    processes.publish("mdf-request-decided", "913", "decided:913", Map.of("fundsReserved", true));
    assertThat(waitingJobs("campaign.launch")).as("nothing launches before the start date").isEmpty();
    processes.moveClock(Duration.ofDays(3));
    processes.complete("campaign.launch", Map.of());
    processes.moveClock(Duration.ofDays(30));
    processes.complete("campaign.complete-participation", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder(
            "Task_CheckCoBrand", "Gateway_CoBrandComplete", "Task_AwaitCoBrand", "Task_CheckCoBrand", "Gateway_CoBrandComplete", "Task_DecideFunding", "Task_RequestFunds",
            "Gateway_FundsNeeded", "Gateway_SplitFunds", "Event_FundsDecided", "Gateway_FundsReserved", "Gateway_Ready",
            "Event_StartDateReached", "Task_Launch", "Event_CampaignEnded", "Task_CompleteParticipation", "EndEvent_Completed")
        .isWaitingAtElements("Activity_MdfRequest")
        .isActive();
    assertThat(processes.flowsTaken("Flow_ToMdfRequest")).isEqualTo(1);
  }

  @Test
  void refusedFundsWithdrawThePartnerAndTheRejectedRequestEndsItsBranch() {
    long instance = invited(14, Duration.ofDays(7));
    processes.publish("campaign-answered", "14", "answer:14", Map.of("optedIn", true));
    processes.complete(CHECK, check(true, "AWARENESS", "SILVER", Duration.ZERO, Duration.ofDays(30)));
    ActivatedJob funds = processes.complete(FUNDS, Map.of("fundsRequested", true, "mdfRequestId", 914, "amount", 400, "mdfClaimDeadline", "P90D"));
    assertThat(funds.getVariablesAsMap()).containsEntry("vendorSharePercent", 40);

    ActivatedJob approval = processes.completeUserTask("Task_ApproveMdfChannel", Map.of("approved", false, "comment", "Not this quarter"));
    assertThat(approval.getVariablesAsMap()).containsEntry("mdfRequestId", 914).containsEntry("amount", 400).doesNotContainKey("participationId");
    processes.complete("mdf.reject-request", Map.of());
    processes.publish("mdf-request-decided", "914", "decided:914", Map.of("fundsReserved", false));
    processes.complete("campaign.withdraw", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Event_FundsDecided", "Gateway_FundsReserved", "Task_Withdraw", "EndEvent_Withdrawn")
        .hasPassedElement("EndEvent_FundsSettled")
        .isCompleted();
  }

  @Test
  void aRegisteredPartnerFundsAnAwarenessCampaignItselfAndLaunchesWithoutARequest() {
    long instance = invited(15, Duration.ofDays(7));
    processes.publish("campaign-answered", "15", "answer:15", Map.of("optedIn", true));
    processes.complete(CHECK, check(true, "AWARENESS", "REGISTERED", Duration.ZERO, Duration.ofDays(30)));
    ActivatedJob funds = processes.complete(FUNDS, Map.of("fundsRequested", false));
    assertThat(funds.getVariablesAsMap()).containsEntry("vendorSharePercent", 0);
    processes.complete("campaign.launch", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Gateway_FundsNeeded", "Gateway_Ready", "Event_StartDateReached", "Task_Launch")
        .hasNotPassedElement("Gateway_SplitFunds");
  }

  @Test
  void aProfileStillIncompleteWhenTheCampaignEndsWithdrawsThePartner() {
    long instance = invited(16, Duration.ofDays(7));
    processes.publish("campaign-answered", "16", "answer:16", Map.of("optedIn", true));
    processes.complete(CHECK, check(false, "AWARENESS", "GOLD", Duration.ZERO, Duration.ofDays(10)));
    processes.moveClock(Duration.ofDays(11));
    processes.complete("campaign.withdraw", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Event_CoBrandDeadlinePassed", "Task_Withdraw", "EndEvent_Withdrawn")
        .isCompleted();
  }

  private long invited(long participationId, Duration optInWindow) {
    long instance = processes.start("campaign-participation", Map.of("participationId", participationId));
    processes.complete(INVITE, Map.of("optInDeadline", now().plus(optInWindow).toString()));
    return instance;
  }

  private Map<String, Object> check(boolean complete, String goal, String tier, Duration startsIn, Duration endsIn) {
    String end = now().plus(endsIn).toString();
    return Map.of(
        "coBrandComplete", complete,
        "coBrandDeadline", end,
        "campaignStartsAt", now().plus(startsIn).toString(),
        "campaignEndsAt", end,
        "goal", goal,
        "tier", tier,
        "partnerId", 5);
  }

  private Instant now() {
    return Instant.now(); // the engine clock runs from the wall clock until a test moves it
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
