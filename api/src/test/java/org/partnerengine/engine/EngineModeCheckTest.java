package org.partnerengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerengine.PartnerEngineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The production artifact has no embedded engine: started without remote mode, it stops at once
 * and tells the operator what to set, instead of failing somewhere inside the engine wiring.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineModeCheckTest {

  @Test
  void withoutTheEmbeddedEngineTheAppRefusesTheEmbeddedModeAndSaysWhatToSet(CapturedOutput output) {
    assertThatThrownBy(() -> startWithout(EmbeddedEngineConfiguration.class, "--partner-engine.engine.mode=embedded"))
        .isInstanceOf(EngineModeUnavailable.class);

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("This is the production build of Partner Engine")
        .contains("PARTNER_ENGINE_ENGINE_MODE=remote");
  }

  @Test
  void withoutTheEmbeddedEngineTheDefaultModeIsRefusedToo(CapturedOutput output) {
    assertThatThrownBy(() -> startWithout(EmbeddedEngineConfiguration.class))
        .isInstanceOf(EngineModeUnavailable.class)
        .hasMessageContaining("has no embedded engine");
  }

  @Test
  void anUnknownModeIsRefusedByName(CapturedOutput output) {
    assertThatThrownBy(() -> startWithout(EmbeddedEngineConfiguration.class, "--partner-engine.engine.mode=cloud"))
        .isInstanceOf(EngineModeUnavailable.class)
        .hasMessage("partner-engine.engine.mode=cloud is not an engine mode.");
    assertThat(output).contains("Set partner-engine.engine.mode (PARTNER_ENGINE_ENGINE_MODE) to remote");
  }

  private static void startWithout(Class<?> hidden, String... args) {
    new SpringApplicationBuilder(PartnerEngineApplication.class)
        .resourceLoader(new DefaultResourceLoader(new FilteredClassLoader(hidden)))
        .run(args);
  }
}
