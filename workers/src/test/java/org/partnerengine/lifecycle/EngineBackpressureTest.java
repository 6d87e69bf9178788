package org.partnerengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.impl.CamundaClientFutureImpl;
import io.grpc.Status;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.stubbing.Answer;
import org.partnerengine.deals.DealProcess;
import org.partnerengine.deals.DealSettings;
import org.partnerengine.deployment.DeploymentResource;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.deployment.FormStore;
import org.partnerengine.deployment.ProcessStore;
import org.partnerengine.engine.EngineCommands;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.mdf.MdfProcess;
import org.partnerengine.mdf.MdfRequest;
import org.partnerengine.mdf.MdfSettings;
import org.partnerengine.messaging.PartnerMessages;

/**
 * An engine that pushes back (RESOURCE_EXHAUSTED), is down (UNAVAILABLE) or too slow
 * (DEADLINE_EXCEEDED) is, for every command the API sends it, an {@link EngineUnavailable}: the
 * API answers 503 with Retry-After, never a 500.
 */
public class EngineBackpressureTest {

  @ParameterizedTest
  @EnumSource(names = {"RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED"})
  void aLifecycleStartTheEngineCannotTakeIsEngineUnavailable(Status.Code code) {
    LifecycleProcess lifecycle = new LifecycleProcess(new EngineCommands(engineAnswering(code)), List.of());

    assertThatThrownBy(() -> lifecycle.start(1L)).isInstanceOf(EngineUnavailable.class);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED"})
  void aLifecycleStartSentWithoutWaitingThatTheEngineCannotTakeEndsEngineUnavailable(Status.Code code) {
    LifecycleProcess lifecycle = new LifecycleProcess(new EngineCommands(engineAnswering(code)), List.of());

    assertThat(lifecycle.startAsync(1L))
        .failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(EngineUnavailable.class);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED"})
  void aMessageTheEngineCannotTakeIsEngineUnavailable(Status.Code code) {
    PartnerMessages messages = new PartnerMessages(new EngineCommands(engineAnswering(code)), Duration.ofDays(7), event -> {});

    assertThatThrownBy(() -> messages.publish("agreement-signed", "1", "agreement-signed:1", Map.of()))
        .isInstanceOf(EngineUnavailable.class);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED"})
  void aDealOrMdfStartTheEngineCannotTakeIsEngineUnavailable(Status.Code code) {
    DealProcess deals =
        new DealProcess(new EngineCommands(engineAnswering(code)), new DealSettings(Duration.ofDays(90), Duration.ofDays(30), List.of(), new BigDecimal("100000"), null, null));
    MdfProcess mdf = new MdfProcess(new EngineCommands(engineAnswering(code)), new MdfSettings(Duration.ofDays(120), Map.of()),
        org.mockito.Mockito.mock(org.partnerengine.region.Regions.class));

    MdfRequest request = mock(MdfRequest.class);
    when(request.getId()).thenReturn(3L);
    when(request.getPartnerId()).thenReturn(2L);
    when(request.getTier()).thenReturn("SILVER");
    when(request.getAmount()).thenReturn(new BigDecimal("500"));
    when(request.budgetAmount()).thenReturn(new BigDecimal("500"));

    assertThatThrownBy(() -> deals.start(1L, 2L)).isInstanceOf(EngineUnavailable.class);
    assertThatThrownBy(() -> mdf.start(request)).isInstanceOf(EngineUnavailable.class);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED"})
  void aDeploymentTheEngineCannotTakeIsEngineUnavailable(Status.Code code) {
    Deployments deployments = new Deployments(new EngineCommands(engineAnswering(code)), mock(FormStore.class), mock(ProcessStore.class), "embedded");
    DeploymentResource model = new DeploymentResource("trial.bpmn", "<definitions/>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> deployments.deploy(List.of(model))).isInstanceOf(EngineUnavailable.class);
  }

  /**
   * A client whose every command is built as usual and fails with the status when sent: waited for
   * with join, or as the answer of the future send returns.
   */
  public static CamundaClient engineAnswering(Status.Code code) {
    Answer<Object> answer =
        new Answer<>() {
          @Override
          public Object answer(org.mockito.invocation.InvocationOnMock invocation) throws Throwable {
            if (invocation.getMethod().getName().equals("join")) {
              throw new ClientStatusException(code.toStatus(), null);
            }
            if (invocation.getMethod().getName().equals("send")) {
              CamundaClientFutureImpl<Object, Object> refused = new CamundaClientFutureImpl<>();
              refused.onError(code.toStatus().asRuntimeException());
              return refused;
            }
            Class<?> type = invocation.getMethod().getReturnType();
            return type.isInterface() ? mock(type, this) : RETURNS_DEFAULTS.answer(invocation);
          }
        };
    return mock(CamundaClient.class, answer);
  }
}
