package org.partnerengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the run command's launcher ({@code launcher/Launch.java}, a single-file program outside the
 * build) starts the app in Spring's AOT mode, whose beans were fixed from application.yml's
 * defaults: only with options the app reads at run time, never with one that may change its beans.
 */
class LauncherAotModeTest {

  static Method reasonAgainstAotMode;

  @BeforeAll
  static void compileTheLauncher(@TempDir Path classes) throws Exception {
    int result = ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), Path.of("launcher", "Launch.java").toString());
    assertThat(result).as("the launcher compiles").isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LauncherAotModeTest.class.getClassLoader());
    reasonAgainstAotMode = loader.loadClass("Launch")
        .getDeclaredMethod("reasonAgainstAotMode", List.class, List.class, Set.class, Path.class);
    reasonAgainstAotMode.setAccessible(true);
  }

  @TempDir Path directory;

  @Test
  void theAppsOwnOptionsKeepTheMode() throws Exception {
    assertThat(reason(List.of("-Xmx512m", "-XX:+UseSerialGC"),
            List.of("--server.port=9090", "--partner-engine.demo-data.enabled=false", "--logging.level.root=WARN"),
            Set.of("PATH", "HOME", "PARTNER_ENGINE_MAIL_FROM")))
        .isEmpty();
  }

  @Test
  void anOptionThatMayChangeTheBeansTurnsTheModeOffAndIsNamed() throws Exception {
    assertThat(reason(List.of(), List.of("--server.port=9090", "--spring.profiles.active=remote"), Set.of()))
        .contains("the option --spring.profiles.active");
    assertThat(reason(List.of(), List.of("--partner-engine.engine.mode=remote"), Set.of()))
        .contains("the option --partner-engine.engine.mode");
    assertThat(reason(List.of(), List.of("--spring.mail.host=mail.example"), Set.of()))
        .contains("the option --spring.mail.host");
    assertThat(reason(List.of("-Dspring.profiles.active=remote"), List.of(), Set.of()))
        .contains("the option -Dspring.profiles.active");
    assertThat(reason(List.of("-Dcamunda.client.enabled=false"), List.of(), Set.of()))
        .contains("the option -Dcamunda.client.enabled");
  }

  @Test
  void aSpringOrCamundaEnvironmentVariableTurnsTheModeOff() throws Exception {
    assertThat(reason(List.of(), List.of(), Set.of("PATH", "SPRING_PROFILES_ACTIVE")))
        .contains("the environment variable SPRING_PROFILES_ACTIVE");
    assertThat(reason(List.of(), List.of(), Set.of("CAMUNDA_CLIENT_REST_ADDRESS")))
        .contains("the environment variable CAMUNDA_CLIENT_REST_ADDRESS");
    assertThat(reason(List.of(), List.of(), Set.of("PARTNER_ENGINE_ENGINE_MODE")))
        .contains("the environment variable PARTNER_ENGINE_ENGINE_MODE");
  }

  @Test
  void aConfigurationFileBesideTheAppTurnsTheModeOff() throws Exception {
    Files.createDirectories(directory.resolve("config"));
    Files.writeString(directory.resolve("config").resolve("application.yml"), "spring.mail.host: mail.example\n");

    assertThat(reason(List.of(), List.of(), Set.of()))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("the configuration file").endsWith("application.yml"));
  }

  @SuppressWarnings("unchecked")
  private Optional<String> reason(List<String> jvmOptions, List<String> appArguments, Set<String> environment) throws Exception {
    return (Optional<String>) reasonAgainstAotMode.invoke(null, jvmOptions, appArguments, environment, directory);
  }
}
