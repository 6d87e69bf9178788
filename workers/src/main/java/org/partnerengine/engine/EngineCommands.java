package org.partnerengine.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.CreateProcessInstanceCommandStep1.CreateProcessInstanceCommandStep3;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.client.api.command.PublishMessageCommandStep1.PublishMessageCommandStep3;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Every command the app sends to Zeebe, with one timeout and error policy: each command carries a
 * request timeout and is waited for; the few refusals a caller handles (see {@link EngineRefused})
 * are handed to it, and every other failure (down, pushing back, too slow, any client error) is an
 * {@link EngineUnavailable} naming what was attempted, which the API answers with 503.
 */
@Component
public class EngineCommands implements ProcessStarter, MessagePublisher, JobCompleter, ResourceDeployer, DecisionEvaluator {

  /** How long a command waits for the engine's answer. */
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
  /** A deployment parses and validates every file first: it gets longer. */
  static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(30);

  private final CamundaClient camunda;

  public EngineCommands(CamundaClient camunda) {
    this.camunda = camunda;
  }

  @Override
  public long start(String what, String bpmnProcessId, Map<String, Object> variables) {
    return send("start " + what, startCommand(bpmnProcessId, variables), COMMAND_TIMEOUT, Set.of()).getProcessInstanceKey();
  }

  @Override
  public CompletableFuture<Long> startAsync(String what, String bpmnProcessId, Map<String, Object> variables) {
    CompletableFuture<Long> started = new CompletableFuture<>();
    try {
      startCommand(bpmnProcessId, variables)
          .requestTimeout(COMMAND_TIMEOUT)
          .send()
          .whenComplete(
              (instance, failure) -> {
                if (failure == null) {
                  started.complete(instance.getProcessInstanceKey());
                } else {
                  started.completeExceptionally(unavailable("start " + what, failure));
                }
              });
    } catch (ClientException e) {
      started.completeExceptionally(unavailable("start " + what, e));
    }
    return started;
  }

  @Override
  public StartedInstance startTrial(String bpmnProcessId, Map<String, Object> variables) {
    ProcessInstanceEvent started =
        send(
            "start " + bpmnProcessId,
            startCommand(bpmnProcessId, variables),
            COMMAND_TIMEOUT,
            Set.of(Status.Code.NOT_FOUND, Status.Code.INVALID_ARGUMENT));
    return new StartedInstance(started.getProcessInstanceKey(), started.getBpmnProcessId(), started.getVersion());
  }

  private CreateProcessInstanceCommandStep3 startCommand(String bpmnProcessId, Map<String, Object> variables) {
    return camunda.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion().variables(variables);
  }

  @Override
  public String evaluate(String decisionId, Map<String, Object> variables) {
    return send(
            "evaluate " + decisionId,
            camunda.newEvaluateDecisionCommand().decisionId(decisionId).variables(variables),
            COMMAND_TIMEOUT,
            Set.of())
        .getDecisionOutput();
  }

  @Override
  public boolean publish(Message message) {
    PublishMessageCommandStep3 command =
        camunda
            .newPublishMessageCommand()
            .messageName(message.name())
            .correlationKey(message.correlationKey())
            .timeToLive(message.timeToLive())
            .variables(message.variables());
    if (message.messageId() != null) {
      command = command.messageId(message.messageId());
    }
    try {
      send("take message " + message.name(), command, COMMAND_TIMEOUT, Set.of(Status.Code.ALREADY_EXISTS));
      return true;
    } catch (EngineRefused duplicate) {
      return false;
    }
  }

  @Override
  public void complete(long jobKey, Map<String, Object> variables) {
    send(
        "take the completion",
        camunda.newCompleteCommand(jobKey).variables(variables),
        COMMAND_TIMEOUT,
        Set.of(Status.Code.NOT_FOUND, Status.Code.INVALID_ARGUMENT));
  }

  @Override
  public DeploymentEvent deploy(List<Resource> resources) {
    DeployResourceCommandStep2 command = null;
    for (Resource resource : resources) {
      command =
          command == null
              ? camunda.newDeployResourceCommand().addResourceBytes(resource.content(), resource.name())
              : command.addResourceBytes(resource.content(), resource.name());
    }
    if (command == null) {
      throw new IllegalArgumentException("Nothing to deploy");
    }
    return send("take the deployment", command, DEPLOY_TIMEOUT, Set.of(Status.Code.INVALID_ARGUMENT));
  }

  @Override
  public Optional<FetchedProcess> fetchProcess(long processDefinitionKey) {
    try {
      var definition =
          camunda.newProcessDefinitionGetRequest(processDefinitionKey).requestTimeout(DEPLOY_TIMEOUT).send().join();
      String xml = camunda.newProcessDefinitionGetXmlRequest(processDefinitionKey).requestTimeout(DEPLOY_TIMEOUT).send().join();
      return Optional.of(
          new FetchedProcess(definition.getProcessDefinitionId(), definition.getVersion(), definition.getResourceName(), xml));
    } catch (ClientException e) {
      // No search API on this cluster (a gRPC-only gateway): the caller does without.
      return Optional.empty();
    }
  }

  /**
   * The policy: send with the timeout and wait; a refusal the caller handles becomes {@link
   * EngineRefused}, anything else {@link EngineUnavailable}.
   */
  private static <T> T send(String attempted, FinalCommandStep<T> command, Duration timeout, Set<Status.Code> handled) {
    try {
      return command.requestTimeout(timeout).send().join();
    } catch (ClientStatusException e) {
      if (handled.contains(e.getStatusCode())) {
        throw new EngineRefused(e.getStatusCode(), e.getMessage(), e);
      }
      throw unavailable(attempted, e);
    } catch (ClientException e) {
      throw unavailable(attempted, e);
    }
  }

  private static EngineUnavailable unavailable(String attempted, Throwable failure) {
    return new EngineUnavailable("The engine did not " + attempted + ": " + failure.getMessage(), failure, outcomeUnknown(failure));
  }

  /**
   * A command the engine refused (pushing back, unreachable) was not taken; one it did not answer
   * in time (DEADLINE_EXCEEDED), or that failed without a status, may have been.
   */
  static boolean outcomeUnknown(Throwable failure) {
    Status.Code code =
        failure instanceof ClientStatusException status ? status.getStatusCode() : Status.fromThrowable(failure).getCode();
    return code == Status.Code.DEADLINE_EXCEEDED || code == Status.Code.UNKNOWN;
  }
}
