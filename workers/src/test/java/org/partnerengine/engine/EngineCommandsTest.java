package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerengine.lifecycle.EngineBackpressureTest.engineAnswering;

import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one policy: the refusals a caller handles reach it as {@link EngineRefused}, everything else
 * is {@link EngineUnavailable} naming what was attempted.
 */
class EngineCommandsTest {

  @Test
  void aMessageAlreadyBufferedIsNotPublishedTwice() {
    EngineCommands engine = new EngineCommands(engineAnswering(Status.Code.ALREADY_EXISTS));

    assertThat(engine.publish(new MessagePublisher.Message("agreement-signed", "1", "agreement-signed:1", Duration.ofDays(7), Map.of())))
        .isFalse();
  }

  @Test
  void aCompletionOfAJobThatIsGoneIsRefusedAsNotFound() {
    EngineCommands engine = new EngineCommands(engineAnswering(Status.Code.NOT_FOUND));

    assertThatThrownBy(() -> engine.complete(7L, Map.of()))
        .isInstanceOfSatisfying(EngineRefused.class, refused -> assertThat(refused.code()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @Test
  void aDeploymentWithABrokenFileIsRefusedAsInvalid() {
    EngineCommands engine = new EngineCommands(engineAnswering(Status.Code.INVALID_ARGUMENT));

    assertThatThrownBy(() -> engine.deploy(List.of(new ResourceDeployer.Resource("broken.bpmn", new byte[] {1}))))
        .isInstanceOfSatisfying(EngineRefused.class, refused -> assertThat(refused.code()).isEqualTo(Status.Code.INVALID_ARGUMENT));
  }

  @Test
  void aBusinessStartOfAProcessThatIsNotDeployedIsEngineUnavailable() {
    EngineCommands engine = new EngineCommands(engineAnswering(Status.Code.NOT_FOUND));

    assertThatThrownBy(() -> engine.start("the deal registration", "deal-registration", Map.of()))
        .isInstanceOf(EngineUnavailable.class)
        .hasMessageStartingWith("The engine did not start the deal registration");
  }

  @Test
  void aTrialStartOfAProcessThatIsNotDeployedIsRefusedAsNotFound() {
    EngineCommands engine = new EngineCommands(engineAnswering(Status.Code.NOT_FOUND));

    assertThatThrownBy(() -> engine.startTrial("trial", Map.of()))
        .isInstanceOfSatisfying(EngineRefused.class, refused -> assertThat(refused.code()).isEqualTo(Status.Code.NOT_FOUND));
  }

  @ParameterizedTest
  @EnumSource(names = {"RESOURCE_EXHAUSTED", "UNAVAILABLE", "DEADLINE_EXCEEDED"})
  void anEngineThatCannotTakeACommandIsUnavailableForEveryKindOfCommand(Status.Code code) {
    EngineCommands engine = new EngineCommands(engineAnswering(code));

    assertThatThrownBy(() -> engine.complete(7L, Map.of())).isInstanceOf(EngineUnavailable.class).hasMessageContaining("completion");
    assertThatThrownBy(() -> engine.startTrial("trial", Map.of())).isInstanceOf(EngineUnavailable.class).hasMessageContaining("start trial");
    assertThatThrownBy(() -> engine.publish(new MessagePublisher.Message("deal-outcome", "1", null, Duration.ZERO, Map.of())))
        .isInstanceOf(EngineUnavailable.class)
        .hasMessageContaining("message deal-outcome");
  }
}
