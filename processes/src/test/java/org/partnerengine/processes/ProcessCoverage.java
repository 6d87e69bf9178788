package org.partnerengine.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Measures which flow nodes and sequence flows of a BPMN the tests of a class passed through,
 * writes the report to {@code target/process-coverage/<process>.txt}, and fails the class when a
 * sequence flow was never taken: every path through a process must be tested.
 *
 * <p>Register it after {@code @ZeebeProcessTest} (a static {@code @RegisterExtension} field), so
 * it reads each test's records before the engine is thrown away.
 */
public final class ProcessCoverage implements AfterEachCallback, AfterAllCallback {

  private final String bpmnResource;
  private final String processId;
  private final Set<String> takenFlows = new TreeSet<>();
  private final Set<String> passedNodes = new TreeSet<>();

  private ProcessCoverage(String bpmnResource, String processId) {
    this.bpmnResource = bpmnResource;
    this.processId = processId;
  }

  /** Coverage of the process with this id, read from {@code processes/<id>.bpmn}. */
  public static ProcessCoverage of(String processId) {
    return new ProcessCoverage("processes/" + processId + ".bpmn", processId);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (Record<?> record : BpmnAssert.getRecordStream().processInstanceRecords()) {
      ProcessInstanceRecordValue value = (ProcessInstanceRecordValue) record.getValue();
      if (!processId.equals(value.getBpmnProcessId())
          || value.getBpmnElementType() == BpmnElementType.PROCESS) {
        continue;
      }
      if (record.getIntent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN) {
        takenFlows.add(value.getElementId());
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
        passedNodes.add(value.getElementId());
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    BpmnModelInstance model = model();
    Process process = model.getModelElementById(processId);
    Set<String> flows = ids(model.getModelElementsByType(SequenceFlow.class));
    Set<String> nodes =
        model.getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missingFlows = new TreeSet<>(flows);
    missingFlows.removeAll(takenFlows);
    Set<String> missingNodes = new TreeSet<>(nodes);
    missingNodes.removeAll(passedNodes);

    Map<String, String> report = new LinkedHashMap<>();
    report.put("process", processId + " (" + process.getName() + ")");
    report.put("flow nodes", percent(nodes.size() - missingNodes.size(), nodes.size()));
    report.put("sequence flows", percent(flows.size() - missingFlows.size(), flows.size()));
    report.put("flow nodes not reached", missingNodes.toString());
    report.put("sequence flows not taken", missingFlows.toString());
    String text =
        report.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    Path out = Path.of("target", "process-coverage", processId + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text + "\n");
    System.out.println("[process coverage] " + text.replace("\n", " | "));

    assertThat(missingFlows).as("sequence flows of %s that no test took", processId).isEmpty();
  }

  private BpmnModelInstance model() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(bpmnResource)) {
      if (in == null) {
        throw new IllegalStateException("No BPMN on the classpath at " + bpmnResource);
      }
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> ids(Collection<SequenceFlow> flows) {
    return flows.stream().map(SequenceFlow::getId).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String percent(int covered, int total) {
    return String.format("%d/%d (%.0f%%)", covered, total, total == 0 ? 100.0 : 100.0 * covered / total);
  }
}
