package org.partnerengine.instances;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerengine.instances.ProcessInstanceView.IncidentView;
import org.partnerengine.instances.ProcessInstanceView.InstanceState;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.paging.PageView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Instances on a remote cluster, read through its REST search API (process instances, element
 * instances, incidents, variables). That API is served by a Camunda 8.8 orchestration cluster
 * with secondary storage (Elasticsearch, OpenSearch or an RDBMS) and {@code camunda.client.rest-address}
 * pointing at it; a bare Zeebe gateway has no search API, and these endpoints answer 503 there.
 */
class RemoteProcessInstances implements ProcessInstanceReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ITEMS = 200;

  private final CamundaClient camunda;

  RemoteProcessInstances(CamundaClient camunda) {
    this.camunda = camunda;
  }

  @Override
  public Optional<ProcessInstanceView> find(long key) {
    ProcessInstance instance;
    try {
      instance = camunda.newProcessInstanceGetRequest(key).send().join();
    } catch (ProblemException e) {
      if (e.code() == 404) {
        return Optional.empty();
      }
      throw unavailable(e);
    } catch (ClientException e) {
      throw unavailable(e);
    }
    try {
      List<String> active =
          camunda.newElementInstanceSearchRequest()
              .filter(f -> f.processInstanceKey(key).state(ElementInstanceState.ACTIVE))
              .page(p -> p.limit(MAX_ITEMS))
              .send().join().items().stream()
              .filter(e -> !e.getElementId().equals(instance.getProcessDefinitionId()))
              .map(e -> e.getElementId())
              .distinct()
              .toList();
      List<String> completed =
          camunda.newElementInstanceSearchRequest()
              .filter(f -> f.processInstanceKey(key).state(ElementInstanceState.COMPLETED))
              .page(p -> p.limit(MAX_ITEMS))
              .send().join().items().stream()
              .filter(e -> !e.getElementId().equals(instance.getProcessDefinitionId()))
              .map(e -> e.getElementId())
              .distinct()
              .toList();
      List<IncidentView> incidents =
          camunda.newIncidentSearchRequest()
              .filter(f -> f.processInstanceKey(key).state(IncidentState.ACTIVE))
              .page(p -> p.limit(MAX_ITEMS))
              .send().join().items().stream()
              .map(i -> new IncidentView(
                  i.getIncidentKey(),
                  i.getElementId(),
                  String.valueOf(i.getErrorType()),
                  i.getErrorMessage(),
                  i.getJobKey() == null ? 0 : i.getJobKey()))
              .toList();
      Map<String, Object> variables = new LinkedHashMap<>();
      // Without full values the search cuts long values short (the cluster's default).
      camunda.newVariableSearchRequest()
          .withFullValues()
          .filter(f -> f.processInstanceKey(key).scopeKey(key))
          .page(p -> p.limit(MAX_ITEMS))
          .send().join().items()
          .forEach(v -> variables.put(v.getName(), ProcessInstanceView.variableValue(v.getValue())));
      return Optional.of(
          new ProcessInstanceView(
              key,
              instance.getProcessDefinitionId(),
              instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
              state(instance),
              active,
              completed,
              incidents,
              variables));
    } catch (ClientException e) {
      throw unavailable(e);
    }
  }

  @Override
  public PageView<ProcessInstanceView.Summary> list(Long partnerId, int page, int size) {
    try {
      SearchResponse<ProcessInstance> response =
          camunda.newProcessInstanceSearchRequest()
              .filter(f -> {
                if (partnerId != null) {
                  f.variables(Map.of("partnerId", partnerId));
                }
              })
              .sort(s -> s.startDate().desc())
              .page(p -> p.from(page * size).limit(size))
              .send()
              .join();
      List<ProcessInstanceView.Summary> content =
          response.items().stream()
              .map(i -> new ProcessInstanceView.Summary(
                  i.getProcessInstanceKey(),
                  i.getProcessDefinitionId(),
                  i.getProcessDefinitionVersion() == null ? 0 : i.getProcessDefinitionVersion(),
                  state(i),
                  partnerId,
                  Boolean.TRUE.equals(i.getHasIncident()) ? 1 : 0))
              .toList();
      long total = response.page().totalItems() == null ? content.size() : response.page().totalItems();
      return new PageView<>(content, new PageView.PageInfo(page, size, total, (int) ((total + size - 1) / size)));
    } catch (ClientException e) {
      throw unavailable(e);
    }
  }

  private static InstanceState state(ProcessInstance instance) {
    return switch (instance.getState()) {
      case COMPLETED -> InstanceState.COMPLETED;
      case TERMINATED -> InstanceState.TERMINATED;
      default -> InstanceState.ACTIVE;
    };
  }

  private static EngineUnavailable unavailable(Exception e) {
    return new EngineUnavailable("The cluster's search API did not answer: " + e.getMessage(), e);
  }

  /** Used when no embedded engine runs in this process. */
  @Configuration(proxyBeanMethods = false)
  static class RemoteReaderConfiguration {
    @Bean
    @ConditionalOnProperty(name = "partner-engine.engine.mode", havingValue = "remote")
    ProcessInstanceReader remoteProcessInstances(CamundaClient camunda) {
      return new RemoteProcessInstances(camunda);
    }
  }
}
