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

/** intro-request: one play offered to its partner, answered or let pass. */
@ZeebeProcessTest
class IntroRequestProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("intro-request");

  static final String OFFER = "ecosystem.offer-play";
  static final String EXPIRE = "ecosystem.expire-play";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void theAnswerEndsTheWait() {
    long instance = processes.start("intro-request", Map.of("playId", 31));
    processes.complete(OFFER, Map.of("duplicate", false, "playAnswerWindow", "P5D"));

    processes.publish("play-answered", "31", "play-answer:31", Map.of());

    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Task_OfferPlay", "Gateway_Duplicate", "Task_AwaitAnswer", "EndEvent_Answered")
        .isCompleted();
  }

  @Test
  void aPlayNotAnsweredInItsWindowExpires() {
    long instance = processes.start("intro-request", Map.of("playId", 32));
    processes.complete(OFFER, Map.of("duplicate", false, "playAnswerWindow", "P5D"));
    processes.moveClock(Duration.ofDays(4));
    assertThat(waitingJobs(EXPIRE)).isEmpty();

    processes.moveClock(Duration.ofDays(2));
    ActivatedJob expire = processes.complete(EXPIRE, Map.of());

    assertThat(expire.getVariablesAsMap()).containsEntry("playId", 32);
    assertThat(new InspectedProcessInstance(instance))
        .hasPassedElementsInOrder("Event_AnswerWindowClosed", "Task_ExpirePlay", "EndEvent_Expired")
        .isCompleted();
  }

  @Test
  void aSecondInstanceForAnOfferedPlayEndsAtOnce() {
    long instance = processes.start("intro-request", Map.of("playId", 33));
    processes.complete(OFFER, Map.of("duplicate", true, "playAnswerWindow", "P5D"));

    assertThat(new InspectedProcessInstance(instance)).hasPassedElement("EndEvent_Duplicate").isCompleted();
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
