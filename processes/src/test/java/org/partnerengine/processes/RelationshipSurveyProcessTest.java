package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * relationship-survey: a round every interval, page by page; each partner asked unless
 * survey-eligibility says no (gone, an applicant, or asked within 30 days).
 */
@ZeebeProcessTest
class RelationshipSurveyProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("relationship-survey");

  static final String LIST = "feedback.list-partners";
  static final String FACTS = "feedback.survey-facts";
  static final String INVITE = "feedback.invite";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void everyPartnerIsAskedOncePerRoundUnlessTheRulesSayNo() {
    startSurveys("P6M");
    processes.moveClock(Duration.ofDays(170));
    assertThat(waitingJobs(LIST)).as("no round before six months").isEmpty();
    processes.moveClock(Duration.ofDays(15));

    ActivatedJob first = processes.complete(LIST, page(List.of(3, 4), 4, true));
    answerFacts(Map.of(3, facts("ACTIVE", null), 4, facts("ACTIVE", 12)));
    ActivatedJob invited = processes.complete(INVITE, Map.of());
    assertThat(waitingJobs(INVITE)).as("asked 12 days ago: not again").isEmpty();
    processes.complete(LIST, page(List.of(5), 5, false));
    answerFacts(Map.of(5, facts("OFFBOARDED", 200)));

    assertThat(invited.getVariablesAsMap())
        .containsEntry("partnerId", 3)
        .containsEntry("touchpoint", "RELATIONSHIP")
        .containsEntry("surveyRound", "relationship-2027-06-08");
    assertThat(new InspectedProcessInstance(first.getProcessInstanceKey()))
        .hasPassedElementsInOrder("Event_SurveyIntervalElapsed", "Gateway_NextPage", "Task_ListPartners", "Gateway_MorePartners",
            "Gateway_NextPage", "Task_ListPartners", "Gateway_MorePartners")
        .hasPassedElement("EndEvent_Asked", 1)
        .hasPassedElement("EndEvent_NotAsked", 2)
        .isWaitingAtElements("Event_SurveyIntervalElapsed");
    assertThat(processes.flowsTaken("Flow_ToNextPage")).isEqualTo(1);
    assertThat(processes.flowsTaken("Flow_BackToNextRound")).isEqualTo(1);

    processes.moveClock(Duration.ofDays(190));
    assertThat(processes.job(LIST).getVariablesAsMap())
        .as("the next round starts from the first partner, as a new round")
        .containsEntry("afterPartnerId", null)
        .containsEntry("surveyRound", null);
  }

  @Test
  void theRulesAskNobodyWhoLeftOrIsStillApplyingAndNobodyTwiceInThirtyDays() {
    assertThat(decide("ACTIVE", null)).containsEntry("invite", true).containsEntry("surveyReason", "ELIGIBLE");
    assertThat(decide("ONBOARD", 30)).containsEntry("invite", true);
    assertThat(decide("ACTIVE", 29)).containsEntry("invite", false).containsEntry("surveyReason", "INVITED_RECENTLY");
    assertThat(decide("OFFBOARDED", null)).containsEntry("invite", false).containsEntry("surveyReason", "NOT_IN_PROGRAMME");
    assertThat(decide("REJECTED", 400)).containsEntry("invite", false);
    assertThat(decide("RECRUIT", null)).containsEntry("invite", false).containsEntry("surveyReason", "NOT_A_PARTNER_YET");
  }

  /** Plays the facts worker for each partner of the page, in whatever order the engine offers them. */
  private void answerFacts(Map<Integer, Map<String, Object>> byPartner) {
    List<ActivatedJob> jobs = waitingJobs(FACTS);
    assertThat(jobs).hasSize(byPartner.size());
    for (ActivatedJob job : jobs) {
      int partnerId = ((Number) job.getVariablesAsMap().get("partnerId")).intValue();
      assertThat(job.getVariablesAsMap()).containsEntry("touchpoint", "RELATIONSHIP");
      client.newCompleteCommand(job.getKey()).variables(byPartner.get(partnerId)).send().join();
    }
    processes.waitForIdle();
  }

  private static Map<String, Object> facts(String stage, Integer daysSinceLastInvitation) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("partnerStage", stage);
    facts.put("daysSinceLastInvitation", daysSinceLastInvitation);
    return facts;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> decide(String stage, Integer days) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerStage", stage);
    variables.put("daysSinceLastInvitation", days);
    variables.put("touchpoint", "RELATIONSHIP");
    String json = client.newEvaluateDecisionCommand().decisionId("survey-eligibility").variables(variables).send().join().getDecisionOutput();
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> page(List<Integer> partnerIds, int afterPartnerId, boolean more) {
    return Map.of("partnerIds", partnerIds, "afterPartnerId", afterPartnerId, "morePartners", more,
        "surveyRound", "relationship-2027-06-08", "surveyInterval", "P6M");
  }

  private void startSurveys(String interval) {
    client.newPublishMessageCommand()
        .messageName("relationship-survey-started")
        .correlationKey("relationship-survey")
        .timeToLive(Duration.ZERO)
        .variables(Map.of("surveyInterval", interval))
        .send()
        .join();
    processes.waitForIdle();
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    processes.waitForIdle();
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
