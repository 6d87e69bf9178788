package org.partnerengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    // Maven runs the api module's tests in the module's directory
    int result = ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, "-d", classes.toString(), Path.of("launcher", "Launch.java").toString());
    assertThat(result).as("the launcher compiles").isZero();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, LauncherAotModeTest.class.getClassLoader());
    reasonAgainstAotMode = loader.loadClass("Launch")
        .getDeclaredMethod("reasonAgainstAotMode", List.class, List.class, Map.class, Path.class);
    reasonAgainstAotMode.setAccessible(true);
  }

  @TempDir Path directory;

  @Test
  void theAppsOwnOptionsKeepTheMode() throws Exception {
    assertThat(reason(List.of("-Xmx512m", "-XX:+UseSerialGC"),
            List.of("--server.port=9090", "--partner-engine.demo-data.enabled=false", "--logging.level.root=WARN"),
            Map.of("PATH", "/usr/bin", "HOME", "/root", "PARTNER_ENGINE_MAIL_FROM", "programme@example.com", "SERVER_PORT", "9090",
                "JAVA_TOOL_OPTIONS", "-Djnr.ffi.library.path=/opt/lib -Xss1m")))
        .isEmpty();
  }

  @Test
  void anOptionThatMayChangeTheBeansTurnsTheModeOffAndIsNamed() throws Exception {
    assertThat(reason(List.of(), List.of("--server.port=9090", "--spring.profiles.active=remote"), Map.of()))
        .contains("the option --spring.profiles.active");
    assertThat(reason(List.of(), List.of("--partner-engine.engine.mode=remote"), Map.of()))
        .contains("the option --partner-engine.engine.mode");
    assertThat(reason(List.of(), List.of("--spring.mail.host=mail.example"), Map.of()))
        .contains("the option --spring.mail.host");
    assertThat(reason(List.of(), List.of("--debug"), Map.of())).contains("the option --debug");
    assertThat(reason(List.of("-Dspring.profiles.active=remote"), List.of(), Map.of()))
        .contains("the option -Dspring.profiles.active");
    assertThat(reason(List.of("-Dcamunda.client.enabled=false"), List.of(), Map.of()))
        .contains("the option -Dcamunda.client.enabled");
    assertThat(reason(List.of("-Dmanagement.server.port=9091"), List.of(), Map.of()))
        .contains("the option -Dmanagement.server.port");
    assertThat(reason(List.of("-Dspringdoc.api-docs.enabled=false"), List.of(), Map.of()))
        .contains("the option -Dspringdoc.api-docs.enabled");
  }

  @Test
  void aSpringOrCamundaEnvironmentVariableTurnsTheModeOff() throws Exception {
    assertThat(reason(List.of(), List.of(), Map.of("SPRING_PROFILES_ACTIVE", "remote")))
        .contains("the environment variable SPRING_PROFILES_ACTIVE");
    assertThat(reason(List.of(), List.of(), Map.of("spring_profiles_active", "remote")))
        .contains("the environment variable spring_profiles_active");
    assertThat(reason(List.of(), List.of(), Map.of("CAMUNDA_CLIENT_REST_ADDRESS", "http://camunda:8080")))
        .contains("the environment variable CAMUNDA_CLIENT_REST_ADDRESS");
    assertThat(reason(List.of(), List.of(), Map.of("PARTNER_ENGINE_ENGINE_MODE", "remote")))
        .contains("the environment variable PARTNER_ENGINE_ENGINE_MODE");
    assertThat(reason(List.of(), List.of(), Map.of("MANAGEMENT_SERVER_PORT", "9091")))
        .contains("the environment variable MANAGEMENT_SERVER_PORT");
    assertThat(reason(List.of(), List.of(), Map.of("SERVER_FORWARD_HEADERS_STRATEGY", "framework")))
        .contains("the environment variable SERVER_FORWARD_HEADERS_STRATEGY");
  }

  @Test
  void theJvmsOwnOptionVariablesAreReadToo() throws Exception {
    assertThat(reason(List.of(), List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -Dspring.profiles.active=remote")))
        .contains("the option -Dspring.profiles.active");
  }

  @Test
  void aConfigurationFileBesideTheAppTurnsTheModeOff() throws Exception {
    Files.createDirectories(directory.resolve("config").resolve("mail"));
    Files.writeString(directory.resolve("config").resolve("mail").resolve("application.yml"), "spring.mail.host: mail.example\n");

    assertThat(reason(List.of(), List.of(), Map.of()))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("the configuration file").endsWith("application.yml"));
  }

  @SuppressWarnings("unchecked")
  private Optional<String> reason(List<String> jvmOptions, List<String> appArguments, Map<String, String> environment) throws Exception {
    return (Optional<String>) reasonAgainstAotMode.invoke(null, jvmOptions, appArguments, environment, directory);
  }
}
