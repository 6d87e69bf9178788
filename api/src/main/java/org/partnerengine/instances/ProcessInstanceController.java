package org.partnerengine.instances;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.partnerengine.instances.ProcessInstanceView.IncidentView;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.web.NotFound;
import org.partnerengine.paging.PageView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Process instances for managers and designers: where each one is, and retrying what failed. */
@RestController
@RequestMapping("/api/process-instances")
class ProcessInstanceController {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final ProcessInstanceReader instances;
  private final CamundaClient camunda;

  ProcessInstanceController(ProcessInstanceReader instances, CamundaClient camunda) {
    this.instances = instances;
    this.camunda = camunda;
  }

  @GetMapping
  PageView<ProcessInstanceView.Summary> list(
      @RequestParam(required = false) @Positive Long partnerId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    return instances.list(partnerId, page, size);
  }

  @GetMapping("/{key}")
  ProcessInstanceView instance(@PathVariable long key) {
    return instances.find(key).orElseThrow(() -> notFound(key));
  }

  /**
   * Retries what failed: gives the failed job a retry, then resolves the incident so the engine
   * activates the job again.
   */
  @PostMapping("/{key}/incidents/{incidentKey}/resolve")
  ResponseEntity<Void> resolve(@PathVariable long key, @PathVariable long incidentKey) {
    ProcessInstanceView instance = instances.find(key).orElseThrow(() -> notFound(key));
    IncidentView incident =
        instance.incidents().stream()
            .filter(i -> i.key() == incidentKey)
            .findFirst()
            .orElseThrow(() -> new NotFound("Incident not found", "Instance " + key + " has no open incident " + incidentKey));
    try {
      if (incident.jobKey() > 0) {
        camunda.newUpdateRetriesCommand(incident.jobKey()).retries(1).requestTimeout(REQUEST_TIMEOUT).send().join();
      }
      camunda.newResolveIncidentCommand(incidentKey).requestTimeout(REQUEST_TIMEOUT).send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        throw new NotFound("Incident not found", "Incident " + incidentKey + " is no longer open");
      }
      throw new EngineUnavailable("The engine did not resolve the incident: " + e.getMessage(), e);
    } catch (ClientException e) {
      throw new EngineUnavailable("The engine did not resolve the incident: " + e.getMessage(), e);
    }
    return ResponseEntity.noContent().build();
  }

  private static NotFound notFound(long key) {
    return new NotFound("Process instance not found", "No process instance " + key);
  }
}
