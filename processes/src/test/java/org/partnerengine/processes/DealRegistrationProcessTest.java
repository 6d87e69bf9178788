package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class DealRegistrationProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("deal-registration");

  private static final long DEAL = 41L;
  private static final Duration WINDOW = Duration.ofDays(90);
  private static final Duration EXTENSION = Duration.ofDays(30);

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aDealWithoutConflictIsProtectedAndClosedWhenTheCrmReportsItWon() {
    InspectedProcessInstance deal = register();

    processes.complete("deals.check-conflict", Map.of());
    approve();
    processes.publish(
        "deal-outcome", String.valueOf(DEAL), "outcome-41", Map.of("outcome", "WON", "amount", 250_000, "outcomeReporter", "CRM"));
    processes.complete("deals.record-outcome", Map.of("wonNeedsVerification", false));

    assertThat(deal)
        .hasPassedElementsInOrder(
            "Task_CheckConflict", "Task_ApproveDeal", "Task_AwaitOutcome", "Task_RecordOutcome", "Gateway_WinToVerify", "EndEvent_DealClosed")
        .hasNotPassedElement("Task_ResolveDealConflict")
        .hasNotPassedElement("Task_VerifyWonDeal")
        .hasVariableWithValue("outcome", "WON")
        .hasVariableWithValue("outcomeReporter", "CRM")
        .isCompleted();
  }

  @Test
  void aWinThePartnerReportsItselfCountsOnlyOnceTheChannelConfirmsIt() {
    InspectedProcessInstance deal = register();
    processes.complete("deals.check-conflict", Map.of());
    approve();
    processes.publish(
        "deal-outcome", String.valueOf(DEAL), "outcome-41", Map.of("outcome", "WON", "amount", 250_000, "outcomeReporter", "PARTNER"));
    processes.complete("deals.record-outcome", Map.of("wonNeedsVerification", true));

    assertThat(deal).isWaitingAtElements("Task_VerifyWonDeal");
    processes.completeUserTask("Task_VerifyWonDeal", Map.of("confirmed", true, "confirmedAmount", 240_000, "comment", "matches the invoice"));
    processes.complete("deals.apply-won-verification", Map.of());

    assertThat(deal)
        .hasPassedElementsInOrder(
            "Task_RecordOutcome", "Gateway_WinToVerify", "Task_VerifyWonDeal", "Task_ApplyWonVerification", "Gateway_WinConfirmed",
            "EndEvent_WinConfirmed")
        .hasNotPassedElement("EndEvent_DealClosed")
        .hasVariableWithValue("wonConfirmed", true)
        .hasVariableWithValue("confirmedAmount", 240_000)
        .hasVariableWithValue("wonVerificationComment", "matches the invoice")
        .isCompleted();
  }

  @Test
  void aWinTheChannelCannotConfirmEndsTheDealLost() {
    InspectedProcessInstance deal = register();
    processes.complete("deals.check-conflict", Map.of());
    approve();
    processes.publish(
        "deal-outcome", String.valueOf(DEAL), "outcome-41", Map.of("outcome", "WON", "amount", 1_000_000_000_000L, "outcomeReporter", "PARTNER"));
    processes.complete("deals.record-outcome", Map.of("wonNeedsVerification", true));

    // The form's checkbox left unticked: no "confirmed" at all is no confirmation either.
    processes.completeUserTask("Task_VerifyWonDeal", Map.of("comment", "no such order in the CRM"));
    processes.complete("deals.apply-won-verification", Map.of());

    assertThat(deal)
        .hasPassedElementsInOrder("Task_VerifyWonDeal", "Task_ApplyWonVerification", "Gateway_WinConfirmed", "EndEvent_WinNotConfirmed")
        .hasNotPassedElement("EndEvent_WinConfirmed")
        .hasVariableWithValue("wonVerificationComment", "no such order in the CRM")
        .isCompleted();
  }

  @Test
  void aConflictApprovedByTheChannelProtectsTheDealWhichIsThenLost() {
    InspectedProcessInstance deal = register();

    processes.throwError("deals.check-conflict", "DEAL_CONFLICT", "customer held by deal 7");
    assertThat(deal).isWaitingAtElements("Task_ResolveDealConflict");
    processes.completeUserTask("Task_ResolveDealConflict", Map.of("approved", true, "reason", "first to engage the customer"));
    processes.complete("deals.resolve-conflict", Map.of());
    approve();
    processes.publish("deal-outcome", String.valueOf(DEAL), "outcome-41", Map.of("outcome", "LOST", "outcomeReporter", "PARTNER"));
    processes.complete("deals.record-outcome", Map.of("wonNeedsVerification", false));

    assertThat(deal)
        .hasPassedElementsInOrder(
            "Event_DealConflict", "Task_ResolveDealConflict", "Task_ApplyResolution", "Task_ApproveDeal", "Task_RecordOutcome", "EndEvent_DealClosed")
        .hasVariableWithValue("outcome", "LOST")
        .isCompleted();
  }

  @Test
  void aConflictRejectedByTheChannelEndsTheRegistration() {
    InspectedProcessInstance deal = register();

    processes.throwError("deals.check-conflict", "DEAL_CONFLICT", "direct-sales account");
    processes.completeUserTask("Task_ResolveDealConflict", Map.of("approved", false, "reason", "direct sales owns the account"));
    processes.complete("deals.resolve-conflict", Map.of());

    assertThat(deal)
        .hasPassedElementsInOrder("Task_ResolveDealConflict", "Task_ApplyResolution", "EndEvent_DealRejected")
        .hasNotPassedElement("Task_ApproveDeal")
        .isCompleted();
  }

  @Test
  void theProtectionIsExtendedOnceARepeatedRequestIsRefusedAndTheExtendedWindowThenExpires() {
    InspectedProcessInstance deal = register();
    processes.complete("deals.check-conflict", Map.of());
    Instant protectedUntil = approve();

    processes.publish("deal-protection-extension", String.valueOf(DEAL), "extension-1", Map.of());
    Instant extendedUntil = protectedUntil.plus(EXTENSION);
    processes.complete("deals.extend-protection", Map.of("protectedUntil", extendedUntil.toString(), "protectionExtended", true));
    processes.publish("deal-protection-extension", String.valueOf(DEAL), "extension-2", Map.of());
    processes.complete("deals.refuse-extension", Map.of());

    processes.moveClock(WINDOW.plusDays(1));
    assertThat(deal).hasNotPassedElement("Event_ProtectionExpired").isActive();

    processes.moveClock(EXTENSION);
    processes.complete("deals.expire-protection", Map.of());

    assertThat(deal)
        .hasPassedElementsInOrder(
            "Event_ExtensionRequested", "Task_ExtendProtection", "Event_ExtensionRequested", "Task_RefuseExtension",
            "Event_ProtectionExpired", "Task_ExpireProtection", "EndEvent_ProtectionExpired")
        .isCompleted();
  }

  @Test
  void anUnextendedProtectionExpiresAtTheEndOfTheWindow() {
    InspectedProcessInstance deal = register();
    processes.complete("deals.check-conflict", Map.of());
    approve();

    processes.moveClock(WINDOW.minusDays(1));
    assertThat(deal).hasNotPassedElement("Event_ProtectionExpired");
    processes.moveClock(Duration.ofDays(2));
    processes.complete("deals.expire-protection", Map.of());

    assertThat(deal).hasPassedElement("EndEvent_ProtectionExpired").isCompleted();
  }

  @Test
  void aRegistrationRejectedInAnotherDealsConflictEndsWhereverItWaits() {
    InspectedProcessInstance deal = register();
    processes.complete("deals.check-conflict", Map.of());
    approve();

    processes.publish("deal-rejected", String.valueOf(DEAL), "deal-rejected:41", Map.of("reason", "conflict"));

    assertThat(deal)
        .hasPassedElementsInOrder("StartEvent_DealRejected", "EndEvent_RejectedByConflict")
        .hasNotPassedElement("Task_RecordOutcome")
        .isCompleted();
  }

  private InspectedProcessInstance register() {
    return new InspectedProcessInstance(
        processes.start(
            "deal-registration",
            Map.of(
                "dealId", DEAL,
                "partnerId", 7L,
                "dealProtectionWindow", WINDOW.toString(),
                "dealProtectionExtension", EXTENSION.toString())));
  }

  /** Plays deals.approve-deal: the protection ends one window from now on the engine's clock. */
  private Instant approve() {
    Instant protectedUntil = engineTime().plus(WINDOW);
    processes.complete("deals.approve-deal", Map.of("protectedUntil", protectedUntil.toString(), "protectionExtended", false));
    return protectedUntil;
  }

  /** The engine's clock, as stamped on the newest record it wrote. */
  private static Instant engineTime() {
    long latest = 0;
    for (Record<?> record : BpmnAssert.getRecordStream().records()) {
      latest = Math.max(latest, record.getTimestamp());
    }
    return Instant.ofEpochMilli(latest);
  }
}
