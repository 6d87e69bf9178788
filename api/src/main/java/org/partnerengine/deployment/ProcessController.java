package org.partnerengine.deployment;

import io.grpc.Status;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.EngineRefused;
import org.partnerengine.engine.ProcessStarter;
import org.partnerengine.web.NotFound;
import org.partnerengine.paging.PageView;
import org.partnerengine.web.ProblemResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deployed process versions for designers: list, read the XML, start one to try it. */
@RestController
@RequestMapping("/api/processes")
class ProcessController {

  private static final String PROCESS_ID = "[A-Za-z_][A-Za-z0-9_.\\-]{0,254}";

  private final Deployments deployments;
  private final TrustedProcesses trusted;
  private final ProcessStarter engine;

  ProcessController(Deployments deployments, TrustedProcesses trusted, ProcessStarter engine) {
    this.deployments = deployments;
    this.trusted = trusted;
    this.engine = engine;
  }

  /** A process and its deployed versions, oldest first. */
  record ProcessView(String bpmnProcessId, List<VersionView> versions) {}

  record VersionView(int version, long processDefinitionKey, String resourceName) {}

  /** Variables for a trial instance; the lifecycle itself starts from an application. */
  record StartRequest(@Size(max = 50) Map<String, Object> variables) {}

  record StartedInstance(long processInstanceKey, String bpmnProcessId, int version) {}

  @GetMapping
  PageView<ProcessView> processes(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    Map<String, List<VersionView>> byId = new LinkedHashMap<>();
    for (DeployedProcess process : deployments.processes()) {
      byId.computeIfAbsent(process.bpmnProcessId(), id -> new java.util.ArrayList<>())
          .add(new VersionView(process.version(), process.processDefinitionKey(), process.resourceName()));
    }
    List<ProcessView> all = byId.entrySet().stream().map(e -> new ProcessView(e.getKey(), e.getValue())).toList();
    return PageView.of(all, page, size);
  }

  @GetMapping(value = "/{bpmnProcessId}/xml", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
  String xml(
      @PathVariable @Pattern(regexp = PROCESS_ID) String bpmnProcessId,
      @RequestParam(required = false) @Min(1) Integer version) {
    return deployments
        .process(bpmnProcessId, version)
        .map(DeployedProcess::xml)
        .orElseThrow(
            () -> new NotFound("Process not found", "No deployed process " + bpmnProcessId + (version == null ? "" : " version " + version)));
  }

  /**
   * Starts the latest version of a designer's own process to try it. The product's processes
   * start from their business events only: a trial start could offboard a real partner.
   */
  @PostMapping("/{bpmnProcessId}/instances")
  ResponseEntity<StartedInstance> start(
      @PathVariable @Pattern(regexp = PROCESS_ID) String bpmnProcessId,
      @RequestBody(required = false) @jakarta.validation.Valid StartRequest request) {
    deployments
        .process(bpmnProcessId, null)
        .orElseThrow(() -> new NotFound("Process not found", "No deployed process " + bpmnProcessId));
    if (trusted.isBusinessProcess(bpmnProcessId)) {
      throw new NotASandboxProcess(
          bpmnProcessId + " is one of the product's processes; it starts from its business events, not as a trial");
    }
    Map<String, Object> variables = request == null || request.variables() == null ? Map.of() : request.variables();
    ProcessStarter.StartedInstance started;
    try {
      started = engine.startTrial(bpmnProcessId, variables);
    } catch (EngineRefused e) {
      if (e.code() == Status.Code.NOT_FOUND) {
        throw new NotFound("Process not found", "No deployed process " + bpmnProcessId);
      }
      throw ProblemResponses.invalidField("variables", e.getMessage());
    }
    return ResponseEntity.created(URI.create("/api/process-instances/" + started.processInstanceKey()))
        .body(new StartedInstance(started.processInstanceKey(), started.bpmnProcessId(), started.version()));
  }
}
