package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
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

@ZeebeProcessTest
class PartnerEnablementProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("partner-enablement");

  private static final String ENROL = "enablement.enrol-partner";
  private static final String RECORD_COMPLETION = "enablement.record-course-completion";
  private static final String REMIND = "enablement.send-training-reminder";

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void waitsForEveryRequiredCourseInWhateverOrderTheyAreCompleted() {
    InspectedProcessInstance instance = startFor("SYSTEM_INTEGRATOR", List.of());

    ActivatedJob enrolment = processes.complete(ENROL, Map.of("curriculumComplete", false));
    assertThat(enrolment.getVariablesAsMap().get("requiredCourses"))
        .isEqualTo(List.of("product-essentials", "technical-deployment"));

    completeCourse("technical-deployment", "msg-1", false);
    assertThat(instance).isWaitingAtElements("Task_AwaitTrainingCompleted");
    completeCourse("product-essentials", "msg-2", true);

    assertThat(instance)
        .hasPassedElementsInOrder(
            "Task_DetermineCurriculum", "Task_EnrolPartner",
            "Task_AwaitTrainingCompleted", "Task_RecordCourseCompletion",
            "Task_AwaitTrainingCompleted", "Task_RecordCourseCompletion",
            "EndEvent_CurriculumComplete", "EndEvent_EnablementComplete")
        .isCompleted();
  }

  @Test
  void aPartnerWithNoRequiredCourseIsEnabledAtOnce() {
    InspectedProcessInstance instance = startFor("UNKNOWN_TYPE", List.of());

    ActivatedJob enrolment = processes.complete(ENROL, Map.of("curriculumComplete", true));

    // A decision table that collects nothing answers null, not an empty list.
    assertThat(enrolment.getVariablesAsMap()).containsEntry("requiredCourses", null);
    assertThat(instance).hasPassedElement("EndEvent_EnablementComplete").hasNotPassedElement("Task_AwaitTrainingCompleted").isCompleted();
  }

  @Test
  void theSameCompletionMessageDeliveredTwiceIsTakenOnce() {
    InspectedProcessInstance instance = startFor("REFERRAL", List.of());
    processes.complete(ENROL, Map.of("curriculumComplete", false));

    processes.publish("training-completed", "7", "training:7:referral-basics", Map.of("courseId", "referral-basics"));
    assertThatThrownBy(
            () -> processes.publish("training-completed", "7", "training:7:referral-basics", Map.of("courseId", "referral-basics")))
        .isInstanceOf(ClientStatusException.class);

    processes.complete(RECORD_COMPLETION, Map.of("curriculumComplete", true));
    assertThat(instance).isCompleted();
  }

  @Test
  void aRepeatedOrUnknownCompletionLeavesThePartnerWaitingForTheRest() {
    InspectedProcessInstance instance = startFor("RESELLER", List.of());
    processes.complete(ENROL, Map.of("curriculumComplete", false));

    completeCourse("sales-fundamentals", "msg-1", false);
    // The same course again under a new message id, then a course nobody required:
    // the worker finds nothing new to record and the partner still owes product-essentials.
    completeCourse("sales-fundamentals", "msg-2", false);
    completeCourse("underwater-basket-weaving", "msg-3", false);
    assertThat(instance).isWaitingAtElements("Task_AwaitTrainingCompleted").isActive();

    completeCourse("product-essentials", "msg-4", true);
    assertThat(instance).isCompleted();
  }

  @Test
  void remindsThePartnerEachTimeTheReminderIntervalPassesUntilTheCoursesAreDone() {
    InspectedProcessInstance instance = startFor("MSP", List.of());
    processes.complete(ENROL, Map.of("curriculumComplete", false));

    processes.moveClock(Duration.ofDays(7));
    ActivatedJob first = processes.complete(REMIND, Map.of());
    processes.moveClock(Duration.ofDays(7));
    ActivatedJob second = processes.complete(REMIND, Map.of());

    assertThat(first.getElementInstanceKey()).isNotEqualTo(second.getElementInstanceKey());
    assertThat(instance).hasPassedElement("EndEvent_ReminderSent", 2).isWaitingAtElements("Task_AwaitTrainingCompleted");

    completeCourse("product-essentials", "msg-1", false);
    completeCourse("managed-services-ops", "msg-2", true);
    processes.moveClock(Duration.ofDays(7));

    assertThat(instance).isCompleted();
    assertThat(waitingJobs(REMIND)).isEmpty();
  }

  private InspectedProcessInstance startFor(String partnerType, List<String> specialisations) {
    return new InspectedProcessInstance(
        processes.start(
            "partner-enablement",
            Map.of(
                "partnerId", 7L,
                "partnerType", partnerType,
                "specialisations", specialisations,
                "trainingReminder", "P7D")));
  }

  private void completeCourse(String courseId, String messageId, boolean curriculumComplete) {
    processes.publish("training-completed", "7", messageId, Map.of("courseId", courseId));
    ActivatedJob job = processes.complete(RECORD_COMPLETION, Map.of("curriculumComplete", curriculumComplete));
    assertThat(job.getVariablesAsMap()).containsEntry("courseId", courseId).containsEntry("partnerId", 7);
  }

  private List<ActivatedJob> waitingJobs(String jobType) {
    return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join().getJobs();
  }
}
