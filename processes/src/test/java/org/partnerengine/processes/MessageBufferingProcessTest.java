package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outside events against the timing of their subscriptions: a signature that arrives before
 * onboarding waits for it is kept for its time to live and taken when the wait opens; one older
 * than its time to live is gone; the same event sent twice is taken once. (The paths of
 * partner-onboarding itself are covered by its own process test.)
 */
@ZeebeProcessTest
class MessageBufferingProcessTest {

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aSignaturePublishedBeforeTheWaitOpensIsTakenWithinItsTimeToLive() {
    long instance = onboarding("11");

    publishSignature("11", "agreement-signed:11", Duration.ofHours(1));
    processes.moveClock(Duration.ofMinutes(30));
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());
    processes.complete("onboarding.record-signature", Map.of());

    assertThat(process(instance))
        .hasPassedElementsInOrder("Task_AwaitAgreementSignature", "Task_RecordSignature")
        .isWaitingAtElements("Task_VerifyBankingDetails", "Task_HoldKickoffCall");
  }

  @Test
  void aSignatureOlderThanItsTimeToLiveIsGoneWhenTheWaitOpens() {
    long instance = onboarding("12");

    publishSignature("12", "agreement-signed:12", Duration.ofHours(1));
    processes.moveClock(Duration.ofHours(2));
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());

    assertThat(process(instance)).isWaitingAtElements("Task_AwaitAgreementSignature");
    assertThatThrownBy(() -> processes.job("onboarding.record-signature")).hasMessageContaining("No job");
  }

  @Test
  void theSameEarlySignatureSentTwiceIsTakenOnce() {
    long instance = onboarding("13");

    publishSignature("13", "agreement-signed:13", Duration.ofHours(1));
    assertThatThrownBy(() -> publishSignature("13", "agreement-signed:13", Duration.ofHours(1)))
        .hasMessageContaining("ALREADY_EXISTS");
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());
    processes.complete("onboarding.record-signature", Map.of());

    assertThatThrownBy(() -> processes.job("onboarding.record-signature")).hasMessageContaining("No job");
    assertThat(process(instance)).hasPassedElement("Task_RecordSignature").isWaitingAtElements("Task_VerifyBankingDetails", "Task_HoldKickoffCall");
  }

  @Test
  void anEarlySignatureForAnotherPartnerIsNotTaken() {
    long instance = onboarding("14");

    publishSignature("15", "agreement-signed:15", Duration.ofHours(1));
    processes.complete("onboarding.generate-agreement", Map.of("agreementVersion", "v1"));
    processes.complete("onboarding.provision-account", Map.of());

    assertThat(process(instance)).isWaitingAtElements("Task_AwaitAgreementSignature");
  }

  private long onboarding(String partnerId) {
    return processes.start(
        "partner-onboarding", Map.of("partnerId", Long.parseLong(partnerId), "agreementReminder", "P3D", "agreementExpiry", "P14D"));
  }

  private void publishSignature(String partnerId, String messageId, Duration timeToLive) {
    client
        .newPublishMessageCommand()
        .messageName("agreement-signed")
        .correlationKey(partnerId)
        .messageId(messageId)
        .timeToLive(timeToLive)
        .variables(Map.of("agreementVersion", "v1"))
        .send()
        .join();
    processes.waitForIdle();
  }

  private static InspectedProcessInstance process(long key) {
    return new InspectedProcessInstance(key);
  }
}
