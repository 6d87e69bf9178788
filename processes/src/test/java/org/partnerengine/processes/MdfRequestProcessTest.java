package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class MdfRequestProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("mdf-request");

  private static final long REQUEST = 12L;
  private static final Duration CLAIM_DEADLINE = Duration.ofDays(120);
  private static final Map<String, Object> APPROVE = Map.of("approved", true, "comment", "good plan");

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aSmallRequestNeedsTheChannelManagerOnlyAndIsPaidForAVerifiedClaim() {
    InspectedProcessInstance request = request("SILVER", 3_000);

    processes.completeUserTask("Task_ApproveMdfChannel", APPROVE);
    processes.complete("mdf.reserve-budget", Map.of());
    processes.publish("mdf-claim-submitted", String.valueOf(REQUEST), "mdf-claim:12", Map.of("claimId", 5));
    processes.completeUserTask("Task_VerifyMdfClaim", Map.of("verified", true, "amountApproved", 2_800));
    processes.complete("mdf.record-payout", Map.of());

    assertThat(request)
        .hasVariableWithValue("approvalChain", "CHANNEL_MANAGER")
        .hasPassedElementsInOrder(
            "Task_DecideApprovalChain", "Task_ApproveMdfChannel", "Task_ReserveBudget", "Task_AwaitClaim",
            "Task_VerifyMdfClaim", "Task_RecordPayout", "EndEvent_MdfPaid")
        .hasNotPassedElement("Task_ApproveMdfFinance")
        .isCompleted();
  }

  @Test
  void aMediumRequestGoesToFinanceAndAnUnclaimedReservationIsReleasedAtTheDeadline() {
    InspectedProcessInstance request = request("SILVER", 15_000);

    processes.completeUserTask("Task_ApproveMdfChannel", APPROVE);
    processes.completeUserTask("Task_ApproveMdfFinance", APPROVE);
    processes.complete("mdf.reserve-budget", Map.of());
    processes.moveClock(CLAIM_DEADLINE.minusDays(1));
    assertThat(request).hasNotPassedElement("Event_ClaimDeadlinePassed");
    processes.moveClock(Duration.ofDays(2));
    processes.complete("mdf.release-reservation", Map.of());

    assertThat(request)
        .hasVariableWithValue("approvalChain", "CHANNEL_MANAGER+FINANCE")
        .hasPassedElementsInOrder(
            "Task_ApproveMdfChannel", "Task_ApproveMdfFinance", "Task_ReserveBudget", "Event_ClaimDeadlinePassed",
            "Task_ReleaseReservation", "EndEvent_ReservationReleased")
        .hasNotPassedElement("Task_ApproveMdfExecutive")
        .isCompleted();
  }

  @Test
  void aLargeRequestGoesToAnExecutiveAndARefusedClaimReleasesTheReservation() {
    InspectedProcessInstance request = request("SILVER", 80_000);

    processes.completeUserTask("Task_ApproveMdfChannel", APPROVE);
    processes.completeUserTask("Task_ApproveMdfFinance", APPROVE);
    processes.completeUserTask("Task_ApproveMdfExecutive", APPROVE);
    processes.complete("mdf.reserve-budget", Map.of());
    processes.publish("mdf-claim-submitted", String.valueOf(REQUEST), "mdf-claim:12", Map.of("claimId", 5));
    processes.completeUserTask("Task_VerifyMdfClaim", Map.of("verified", false, "amountApproved", 0));
    processes.complete("mdf.release-reservation", Map.of());

    assertThat(request)
        .hasVariableWithValue("approvalChain", "CHANNEL_MANAGER+FINANCE+EXECUTIVE")
        .hasPassedElementsInOrder(
            "Task_ApproveMdfChannel", "Task_ApproveMdfFinance", "Task_ApproveMdfExecutive", "Task_ReserveBudget",
            "Task_VerifyMdfClaim", "Task_ReleaseReservation", "EndEvent_ReservationReleased")
        .hasNotPassedElement("Task_RecordPayout")
        .isCompleted();
  }

  @Test
  void theChannelManagerCanRejectARequest() {
    InspectedProcessInstance request = request("SILVER", 3_000);

    processes.completeUserTask("Task_ApproveMdfChannel", Map.of("approved", false, "comment", "no plan attached"));
    processes.complete("mdf.reject-request", Map.of());

    assertThat(request)
        .hasVariableWithValue("approvalStep", "CHANNEL_MANAGER")
        .hasPassedElementsInOrder("Task_ApproveMdfChannel", "Task_RejectRequest", "EndEvent_MdfRejected")
        .hasNotPassedElement("Task_ReserveBudget")
        .isCompleted();
  }

  @Test
  void financeCanRejectARequestTheChannelManagerApproved() {
    InspectedProcessInstance request = request("GOLD", 40_000);

    processes.completeUserTask("Task_ApproveMdfChannel", APPROVE);
    processes.completeUserTask("Task_ApproveMdfFinance", Map.of("approved", false, "comment", "over plan"));
    processes.complete("mdf.reject-request", Map.of());

    assertThat(request)
        .hasVariableWithValue("approvalStep", "FINANCE")
        .hasPassedElementsInOrder("Task_ApproveMdfFinance", "Task_RejectRequest", "EndEvent_MdfRejected")
        .hasNotPassedElement("Task_ApproveMdfExecutive")
        .isCompleted();
  }

  @Test
  void anExecutiveCanRejectARequestFinanceApproved() {
    InspectedProcessInstance request = request("PLATINUM", 200_000);

    processes.completeUserTask("Task_ApproveMdfChannel", APPROVE);
    processes.completeUserTask("Task_ApproveMdfFinance", APPROVE);
    processes.completeUserTask("Task_ApproveMdfExecutive", Map.of("approved", false));
    processes.complete("mdf.reject-request", Map.of());

    assertThat(request)
        .hasVariableWithValue("approvalStep", "EXECUTIVE")
        .hasPassedElementsInOrder("Task_ApproveMdfExecutive", "Task_RejectRequest", "EndEvent_MdfRejected")
        .hasNotPassedElement("Task_ReserveBudget")
        .isCompleted();
  }

  @Test
  void aRequestTheBudgetCannotCoverIsRejected() {
    InspectedProcessInstance request = request("SILVER", 3_000);

    processes.completeUserTask("Task_ApproveMdfChannel", APPROVE);
    processes.throwError("mdf.reserve-budget", "BUDGET_EXCEEDED", "the SILVER budget for 2026-Q3 has less than 3000 left");
    processes.complete("mdf.reject-request", Map.of());

    assertThat(request)
        .hasVariableWithValue("rejectionReason", "BUDGET_EXCEEDED")
        .hasPassedElementsInOrder("Event_BudgetExceeded", "Task_RejectRequest", "EndEvent_MdfRejected")
        .hasNotPassedElement("Task_AwaitClaim")
        .isCompleted();
  }

  private InspectedProcessInstance request(String tier, int amount) {
    return new InspectedProcessInstance(
        processes.start(
            "mdf-request",
            Map.of(
                "mdfRequestId", REQUEST,
                "partnerId", 7L,
                "tier", tier,
                "amount", amount,
                "mdfClaimDeadline", CLAIM_DEADLINE.toString())));
  }
}
