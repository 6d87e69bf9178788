package org.partnerengine.deployment;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerengine.engine.EngineRefused;
import org.partnerengine.engine.ResourceDeployer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Deploys BPMN, DMN and form files and remembers what it deployed: a process's XML and element
 * names by process definition key, a form's JSON by form key (in the database, through {@link
 * FormStore}, so that every app instance validates a task's completion against its form). The task inbox resolves a user
 * task's name and form through it; designers list and read process versions through it.
 *
 * <p>On the embedded engine the registry lives in memory, as long as the engine does. On a remote
 * cluster it is kept in the database ({@link ProcessStore}): a version deployed through one app
 * instance is listed and read by every other, and after a restart; a version deployed some other
 * way (Camunda Modeler, another tool) is fetched from the cluster by key when a task needs it.
 */
@Service
public class Deployments {

  private final ResourceDeployer engine;
  private final boolean remote;
  private final Map<Long, DeployedProcess> processes = new ConcurrentHashMap<>();
  private final FormStore forms;
  private final ProcessStore stored;

  public Deployments(
      ResourceDeployer engine,
      FormStore forms,
      ProcessStore stored,
      @Value("${partner-engine.engine.mode:embedded}") String engineMode) {
    this.engine = engine;
    this.forms = forms;
    this.stored = stored;
    this.remote = "remote".equalsIgnoreCase(engineMode);
  }

  /** Whether the registry outlives this app instance (a remote cluster) or dies with its engine. */
  public boolean keptInDatabase() {
    return remote;
  }

  /** Deploys the files together, as one deployment; the engine validates them all or none. */
  public DeploymentResult deploy(List<DeploymentResource> resources) {
    return remember(resources, sent(resources));
  }

  /**
   * Sends the files to the engine on a thread of its own and reads their element names there, so
   * that the engine parses them while the caller goes on; {@link StartedDeployment#finish()} waits
   * for both and remembers the deployment, as {@link #deploy} does.
   */
  public StartedDeployment startDeploying(List<DeploymentResource> resources) {
    CompletableFuture<Sent> sending = new CompletableFuture<>();
    Thread.ofPlatform()
        .name("model-deployment")
        .daemon()
        .start(
            () -> {
              try {
                sending.complete(sent(resources));
              } catch (RuntimeException | Error e) {
                sending.completeExceptionally(e);
              }
            });
    return () -> {
      try {
        return remember(resources, sending.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw e;
      }
    };
  }

  /** A deployment on its way to the engine. */
  @FunctionalInterface
  public interface StartedDeployment {

    /** Waits for the engine's answer and remembers what it deployed. */
    DeploymentResult finish();
  }

  /** The engine's answer, and each deployed process's element names by its key. */
  private record Sent(DeploymentEvent event, Map<Long, Map<String, String>> elementNames) {}

  private Sent sent(List<DeploymentResource> resources) {
    if (resources.isEmpty()) {
      throw new InvalidDeployment("Nothing to deploy");
    }
    DeploymentEvent event;
    try {
      event = engine.deploy(resources.stream().map(r -> new ResourceDeployer.Resource(r.name(), r.content())).toList());
    } catch (EngineRefused e) {
      throw new InvalidDeployment(e.getMessage());
    }
    Map<String, byte[]> content = contentByName(resources);
    Map<Long, Map<String, String>> names = new HashMap<>();
    for (var process : event.getProcesses()) {
      names.put(
          process.getProcessDefinitionKey(),
          elementNames(new String(content.get(process.getResourceName()), StandardCharsets.UTF_8)));
    }
    return new Sent(event, names);
  }

  private static Map<String, byte[]> contentByName(List<DeploymentResource> resources) {
    Map<String, byte[]> content = new HashMap<>();
    resources.forEach(r -> content.put(r.name(), r.content()));
    return content;
  }

  private DeploymentResult remember(List<DeploymentResource> resources, Sent sent) {
    DeploymentEvent event = sent.event();
    Map<String, byte[]> content = contentByName(resources);
    List<DeploymentResult.Item> deployedProcesses = new ArrayList<>();
    for (var process : event.getProcesses()) {
      String xml = new String(content.get(process.getResourceName()), StandardCharsets.UTF_8);
      DeployedProcess deployed =
          new DeployedProcess(
              process.getProcessDefinitionKey(),
              process.getBpmnProcessId(),
              process.getVersion(),
              process.getResourceName(),
              xml,
              sent.elementNames().get(process.getProcessDefinitionKey()));
      if (remote) {
        stored.store(deployed);
      }
      processes.put(process.getProcessDefinitionKey(), deployed);
      deployedProcesses.add(
          new DeploymentResult.Item(
              process.getBpmnProcessId(), process.getVersion(), process.getProcessDefinitionKey(), process.getResourceName()));
    }
    List<DeploymentResult.Item> deployedForms = new ArrayList<>();
    for (var form : event.getForm()) {
      String json = new String(content.get(form.getResourceName()), StandardCharsets.UTF_8);
      forms.store(new DeployedForm(form.getFormKey(), form.getFormId(), form.getVersion(), json));
      deployedForms.add(new DeploymentResult.Item(form.getFormId(), form.getVersion(), form.getFormKey(), form.getResourceName()));
    }
    List<DeploymentResult.Item> decisions =
        event.getDecisions().stream()
            .map(d -> new DeploymentResult.Item(d.getDmnDecisionId(), d.getVersion(), d.getDecisionKey(), null))
            .toList();
    return new DeploymentResult(event.getKey(), deployedProcesses, decisions, deployedForms);
  }

  /**
   * A deployed process version by key. On a remote cluster a version deployed by another app
   * instance is fetched from the cluster's REST API (when it has one) and remembered.
   */
  public Optional<DeployedProcess> process(long processDefinitionKey) {
    DeployedProcess known = processes.get(processDefinitionKey);
    if (known != null || !remote) {
      return Optional.ofNullable(known);
    }
    Optional<DeployedProcess> fromDatabase = stored.find(processDefinitionKey).map(this::remembered);
    if (fromDatabase.isPresent()) {
      return fromDatabase;
    }
    Optional<DeployedProcess> fetched =
        engine
            .fetchProcess(processDefinitionKey)
            .map(
                process ->
                    new DeployedProcess(
                        processDefinitionKey,
                        process.bpmnProcessId(),
                        process.version(),
                        process.resourceName(),
                        process.xml(),
                        elementNames(process.xml())));
    // Without a search API on the cluster, the task keeps its element id as its name.
    fetched.ifPresent(
        process -> {
          stored.store(process);
          processes.put(processDefinitionKey, process);
        });
    return fetched;
  }

  /** A process's version, or its latest when version is null. */
  public Optional<DeployedProcess> process(String bpmnProcessId, Integer version) {
    return processes().stream()
        .filter(p -> p.bpmnProcessId().equals(bpmnProcessId))
        .filter(p -> version == null || p.version() == version)
        .max(Comparator.comparingInt(DeployedProcess::version));
  }

  /** Every deployed process version, by id then version. */
  public List<DeployedProcess> processes() {
    if (remote) {
      return stored.all().stream().map(this::remembered).toList();
    }
    return processes.values().stream()
        .sorted(Comparator.comparing(DeployedProcess::bpmnProcessId).thenComparingInt(DeployedProcess::version))
        .toList();
  }

  /** A stored version, its element names read once per key: a key never changes its XML. */
  private DeployedProcess remembered(ProcessStore.StoredProcess process) {
    return processes.computeIfAbsent(
        process.processDefinitionKey(),
        key ->
            new DeployedProcess(
                key, process.bpmnProcessId(), process.version(), process.resourceName(), process.xml(), elementNames(process.xml())));
  }

  /** A deployed form by key, as stored by whichever app instance deployed it. */
  public Optional<DeployedForm> form(long formKey) {
    return forms.find(formKey);
  }

  private static Map<String, String> elementNames(String xml) {
    Map<String, String> names = new HashMap<>();
    try {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        if (element.getName() != null) {
          names.put(element.getId(), element.getName());
        }
      }
    } catch (RuntimeException e) {
      // The engine accepted the file; a name we cannot read only leaves the task unnamed.
    }
    return Map.copyOf(names);
  }
}
