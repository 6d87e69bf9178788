package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A user task's completion reaches the instance only through the task's output mappings: the
 * engine keeps a job's variables at the task's scope when the task maps outputs, so a completion
 * that carries more than its form (a {@code partnerId}, an amount) changes nothing else.
 */
@ZeebeProcessTest
class UserTaskOutputsTest {

  private static final Path MODELS = Paths.get("src", "main", "resources", "processes");
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";
  private static final Set<String> FEEL_LITERALS = Set.of("true", "false", "null");

  ZeebeTestEngine engine;
  ZeebeClient client;

  @Test
  void everyUserTaskMapsItsOutputsAndMapsOnlyFieldsOfItsForm() throws Exception {
    Map<String, Set<String>> formFields = formFields();
    List<String> userTasks = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files(".bpmn")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document model = factory.newDocumentBuilder().parse(file.toFile());
      NodeList tasks = model.getElementsByTagNameNS(BPMN, "userTask");
      for (int i = 0; i < tasks.getLength(); i++) {
        Element task = (Element) tasks.item(i);
        String name = file.getFileName() + "#" + task.getAttribute("id");
        userTasks.add(name);
        NodeList forms = task.getElementsByTagNameNS(ZEEBE, "formDefinition");
        String formId = forms.getLength() == 0 ? null : ((Element) forms.item(0)).getAttribute("formId");
        Set<String> fields = formFields.get(formId);
        if (fields == null) {
          problems.add(name + " links no form of this project");
          continue;
        }
        NodeList outputs = task.getElementsByTagNameNS(ZEEBE, "output");
        if (outputs.getLength() == 0) {
          problems.add(name + " maps no outputs: a completion would write into the whole instance");
        }
        for (int j = 0; j < outputs.getLength(); j++) {
          String source = ((Element) outputs.item(j)).getAttribute("source").strip();
          // A plain variable as source must be a field of the form; expressions compute their value.
          String variable = source.substring(1).strip();
          if (source.matches("=\\s*[A-Za-z_][A-Za-z0-9_]*") && !FEEL_LITERALS.contains(variable) && !fields.contains(variable)) {
            problems.add(name + " maps " + source + ", not a field of form " + formId);
          }
        }
      }
    }
    assertThat(userTasks).as("the models have user tasks").isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void anApprovalCarryingAnotherPartnerIdLeavesTheInstancesPartnerAlone() {
    ProcessTestSupport processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
    processes.start("partner-recruitment", Map.of("partnerId", 7L, "approvalReminder", "P2D", "approvalEscalation", "P5D"));
    processes.complete("recruitment.validate-application", PartnerRecruitmentProcessTest.FAIR_FIT);
    processes.complete("recruitment.check-region", Map.of("region", "GLOBAL", "regionLive", true, "regionApprovers", List.of()));
    processes.complete("recruitment.check-due-diligence", Map.of());

    processes.completeUserTask("Task_ApproveApplication", Map.of("approved", true, "partnerId", 999, "fitScore", 100));

    ActivatedJob next = processes.job("recruitment.record-approval");
    assertThat(next.getVariablesAsMap())
        .containsEntry("partnerId", 7)
        .containsEntry("approved", true)
        .containsEntry("fitScore", 40);
  }

  @Test
  void aClaimVerificationCarryingAnotherAmountLeavesTheRequestsAmountAlone() {
    ProcessTestSupport processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
    processes.start(
        "mdf-request",
        Map.of("mdfRequestId", 12L, "partnerId", 7L, "tier", "SILVER", "amount", 3_000, "mdfClaimDeadline", "P30D"));
    processes.completeUserTask("Task_ApproveMdfChannel", Map.of("approved", true));
    processes.complete("mdf.reserve-budget", Map.of());
    processes.publish("mdf-claim-submitted", "12", "mdf-claim:12", Map.of("claimId", 5));

    processes.completeUserTask(
        "Task_VerifyMdfClaim", Map.of("verified", true, "amountApproved", 2_800, "amount", 1_000_000, "partnerId", 999));

    ActivatedJob payout = processes.job("mdf.record-payout");
    assertThat(payout.getVariablesAsMap())
        .containsEntry("partnerId", 7)
        .containsEntry("amount", 3_000)
        .containsEntry("amountApproved", 2_800);
  }

  private static Map<String, Set<String>> formFields() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> forms = new HashMap<>();
    for (Path file : files(".form")) {
      JsonNode form = json.readTree(file.toFile());
      Set<String> keys = new HashSet<>();
      collectKeys(form.path("components"), keys);
      forms.put(form.path("id").asText(), keys);
    }
    return forms;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      collectKeys(component.path("components"), keys);
      if (component.hasNonNull("key")) {
        keys.add(component.path("key").asText());
      }
    }
  }

  private static List<Path> files(String extension) throws IOException {
    try (Stream<Path> files = Files.walk(MODELS)) {
      return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
  }
}
