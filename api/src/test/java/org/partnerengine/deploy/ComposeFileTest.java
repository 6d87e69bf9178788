package org.partnerengine.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The compose setup, read as files (no Docker needed): pinned images, ports on the loopback
 * interface only, the orchestration cluster's data where the camunda/camunda image writes it,
 * readiness health checks, only configuration keys Camunda's 8.8 distribution uses (listed in
 * deploy/camunda-8.8-keys.txt with their source), the Keycloak realm the app expects, and every
 * secret taken from .env.
 */
class ComposeFileTest {

  private static final Path ROOT = root();
  private static final Map<String, Object> COMPOSE = yaml(ROOT.resolve("docker-compose.yml"));

  @Test
  void everyImageIsPinnedToAVersion() {
    services().forEach(
        (name, service) -> {
          String image = (String) service.get("image");
          assertThat(image).as("image of %s", name).isNotBlank();
          String tag = image.substring(image.lastIndexOf('/') + 1).contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
          assertThat(tag).as("tag of %s", name).isNotBlank().isNotEqualToIgnoringCase("latest");
          if (!service.containsKey("build")) {
            assertThat(tag).as("tag of %s is a version", name).matches(".*\\d+\\.\\d+.*");
          }
        });
  }

  @Test
  void everyPublishedPortListensOnLoopbackOnly() {
    services().forEach(
        (name, service) -> {
          for (Object port : list(service.get("ports"))) {
            if (port instanceof Map<?, ?> longSyntax) {
              assertThat(longSyntax.get("host_ip")).as("port of %s", name).isEqualTo("127.0.0.1");
            } else {
              assertThat(port.toString()).as("port of %s", name).startsWith("127.0.0.1:");
            }
          }
        });
  }

  @Test
  void theOrchestrationClusterKeepsItsStateWhereTheImageWritesIt() {
    List<String> volumes = list(services().get("orchestration").get("volumes")).stream().map(Object::toString).toList();

    assertThat(volumes).anyMatch(v -> v.endsWith(":/usr/local/camunda/data"));
    assertThat(volumes).noneMatch(v -> v.contains("/usr/local/zeebe"));
  }

  @Test
  void healthChecksAskForReadinessNotForAnOpenPort() {
    assertThat(healthCheck("orchestration")).contains("9600", "/actuator/health/readiness", "200");
    assertThat(healthCheck("app")).contains("/actuator/health/readiness");
    assertThat(healthCheck("keycloak")).contains("/health/ready", "200");
    services().forEach((name, service) -> assertThat(service).as("health check of %s", name).containsKey("healthcheck"));
  }

  @Test
  void appRunsRemoteWithTokensFromKeycloakAndMailToMailpit() {
    Map<String, Object> environment = environment("app");

    assertThat(environment)
        .containsEntry("SPRING_PROFILES_ACTIVE", "remote")
        .containsEntry("SECURITY_MODE", "jwt")
        .containsEntry("SPRING_MAIL_HOST", "mailpit")
        .containsEntry("SPRING_MAIL_PORT", "1025")
        .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "partner-engine");
    assertThat(environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI").toString()).endsWith("/realms/partner-engine");
  }

  @Test
  void thePagesLoginIsTheRealmsConfidentialClientComingBackWhereTheRealmAllows() throws IOException {
    Map<String, Object> environment = environment("app");
    String registration = "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_";
    String provider = "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_";
    JsonNode client =
        client(new ObjectMapper().readTree(ROOT.resolve("deploy/keycloak/partner-engine-realm.json").toFile()),
            environment.get(registration + "CLIENTID").toString());

    assertThat(environment.get(registration + "AUTHORIZATIONGRANTTYPE")).isEqualTo("authorization_code");
    assertThat(environment.get(registration + "SCOPE").toString().split(",")).contains("openid");
    assertThat(client.path("publicClient").asBoolean(true)).isFalse();
    assertThat(environment.get(registration + "CLIENTSECRET")).as("the secret the realm imports")
        .isEqualTo(client.path("secret").asText());
    List<String> redirectUris = new ArrayList<>();
    client.path("redirectUris").forEach(u -> redirectUris.add(u.asText()));
    assertThat(redirectUris).contains(environment.get(registration + "REDIRECTURI").toString());
    assertThat(environment.get(registration + "REDIRECTURI").toString())
        .as("the app's published port, and the callback of this registration")
        .startsWith("http://localhost:" + publishedPort("app", 8080) + "/").endsWith("/login/oauth2/code/keycloak");
    // The browser goes where the tokens' issuer is; the app talks to Keycloak inside the network.
    String issuer = environment.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI").toString();
    assertThat(environment.get(provider + "AUTHORIZATIONURI").toString()).startsWith(issuer + "/protocol/openid-connect/");
    String realmPath = issuer.substring(issuer.indexOf("/realms/"));
    for (String endpoint : List.of("TOKENURI", "JWKSETURI", "USERINFOURI")) {
      assertThat(environment.get(provider + endpoint).toString()).as(endpoint).startsWith("http://keycloak:8080" + realmPath + "/");
    }
  }

  @Test
  void theImageNeverEnablesDevUsers() throws IOException {
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("ENV PARTNER_ENGINE_SECURITY_DEV_USERS_ENABLED=false");
  }

  @Test
  void noLegacyDatabaseUrlInTheDeploymentFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve("deploy"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("camunda.database.url");
      }
    }
    assertThat(keys(yaml(ROOT.resolve("deploy/orchestration.yaml")))).doesNotContain("camunda.database.url");
  }

  @Test
  void orchestrationUsesOnlyKeysOfTheCamunda88Distribution() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("deploy/camunda-8.8-keys.txt"));
    assertThat(lines.getFirst()).startsWith("# Source: github.com/camunda/camunda-distributions commit ");
    Set<String> keys = new LinkedHashSet<>();
    Set<String> variables = new LinkedHashSet<>();
    for (String line : lines) {
      if (line.startsWith("env:")) {
        variables.add(line.substring("env:".length()));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        keys.add(line.strip());
      }
    }
    List<Pattern> keysAsVariables = keys.stream().map(ComposeFileTest::asVariable).toList();

    assertThat(keys(yaml(ROOT.resolve("deploy/orchestration.yaml")))).isSubsetOf(keys);
    for (String variable : environment("orchestration").keySet()) {
      assertThat(variables.contains(variable) || keysAsVariables.stream().anyMatch(k -> k.matcher(variable).matches()))
          .as("%s is a variable or key of the 8.8 distribution", variable)
          .isTrue();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void tasklistShowsTheModelsJobBasedUserTasks() {
    Map<String, Object> camunda = (Map<String, Object>) yaml(ROOT.resolve("deploy/orchestration.yaml")).get("camunda");
    Map<String, Object> tasklist = (Map<String, Object>) camunda.get("tasklist");

    // V2 mode, the 8.8 default, lists Camunda user tasks only; every model here has job-based ones.
    assertThat(tasklist).containsEntry("V2ModeEnabled", false);
  }

  @Test
  void realmHasTheRolesGroupsAndClientsTheAppExpects() throws IOException {
    JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("deploy/keycloak/partner-engine-realm.json").toFile());

    assertThat(realm.path("realm").asText()).isEqualTo("partner-engine");
    assertThat(realm.path("roles").path("realm").findValuesAsText("name"))
        .contains("PROCESS_DESIGNER", "PARTNER_MANAGER", "APPROVER", "TRAINING_PLATFORM", "CRM", "PARTNER");
    assertThat(realm.path("groups").findValuesAsText("name"))
        .contains("partner-managers", "channel-approvers", "finance", "executives", "process-designers");

    JsonNode app = client(realm, "partner-engine");
    assertThat(app.path("publicClient").asBoolean(true)).isFalse();
    assertThat(app.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(app.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
    assertThat(app.path("redirectUris").toString()).contains("http://localhost:8080/login/oauth2/code/keycloak");
    assertThat(claims(app)).contains("roles", "groups");
    assertThat(app.path("protocolMappers").findValuesAsText("included.client.audience")).contains("partner-engine");

    for (String service : List.of("training-platform", "crm")) {
      JsonNode client = client(realm, service);
      assertThat(client.path("serviceAccountsEnabled").asBoolean()).as(service).isTrue();
      assertThat(client.path("standardFlowEnabled").asBoolean()).as(service).isFalse();
      assertThat(claims(client)).as(service).contains("roles");
      assertThat(client.path("protocolMappers").findValuesAsText("included.client.audience")).contains("partner-engine");
    }
    Map<String, String> staff =
        Map.of("designer", "PROCESS_DESIGNER", "manager", "PARTNER_MANAGER", "approver", "APPROVER", "finance", "APPROVER", "exec", "APPROVER");
    staff.forEach((username, role) -> assertThat(userRoles(realm, username)).as(username).containsExactly(role));
    assertThat(serviceAccountRoles(realm, "training-platform")).containsExactly("TRAINING_PLATFORM");
    assertThat(serviceAccountRoles(realm, "crm")).containsExactly("CRM");
  }

  @Test
  void everySecretComesFromDotEnv() throws IOException {
    String realm = Files.readString(ROOT.resolve("deploy/keycloak/partner-engine-realm.json"));
    JsonNode json = new ObjectMapper().readTree(realm);
    assertThat(json.findValuesAsText("secret")).isNotEmpty().allMatch(s -> s.matches("\\$\\{[A-Z_]+}"));
    assertThat(json.findValuesAsText("value")).isNotEmpty().allMatch(s -> s.matches("\\$\\{[A-Z_]+}"));

    Set<String> documented = new LinkedHashSet<>();
    for (String line : Files.readAllLines(ROOT.resolve(".env.example"))) {
      if (line.matches("[A-Z_]+=.*")) {
        documented.add(line.substring(0, line.indexOf('=')));
      }
    }
    assertThat(placeholders(Files.readString(ROOT.resolve("docker-compose.yml")))).isSubsetOf(documented);
    // Keycloak fills the realm's placeholders from its own environment.
    assertThat(placeholders(realm)).isSubsetOf(environment("keycloak").keySet());
  }

  private static JsonNode client(JsonNode realm, String clientId) {
    for (JsonNode client : realm.path("clients")) {
      if (client.path("clientId").asText().equals(clientId)) {
        return client;
      }
    }
    throw new AssertionError("no client " + clientId);
  }

  private static List<String> claims(JsonNode client) {
    return client.path("protocolMappers").findValuesAsText("claim.name");
  }

  private static List<String> serviceAccountRoles(JsonNode realm, String clientId) {
    return userRoles(realm, "service-account-" + clientId);
  }

  private static List<String> userRoles(JsonNode realm, String username) {
    for (JsonNode user : realm.path("users")) {
      if (user.path("username").asText().equals(username)) {
        List<String> roles = new ArrayList<>();
        user.path("realmRoles").forEach(r -> roles.add(r.asText()));
        return roles;
      }
    }
    throw new AssertionError("no user " + username);
  }

  /** Names in ${NAME}, ${NAME:-default} or ${NAME:?message}; $${...} is an escaped dollar. */
  private static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** A key's environment-variable form: upper case, . and [n] as _, without dashes. */
  private static Pattern asVariable(String key) {
    String upper = key.toUpperCase().replace("-", "");
    StringBuilder regex = new StringBuilder();
    for (String part : upper.split("\\[\\*]", -1)) {
      if (!regex.isEmpty()) {
        regex.append("_\\d+");
      }
      regex.append(Pattern.quote(part.replace('.', '_')));
    }
    return Pattern.compile(regex.toString());
  }

  /** Flattened keys, list elements as [*], the way deploy/camunda-8.8-keys.txt lists them. */
  private static Set<String> keys(Object node) {
    Set<String> keys = new LinkedHashSet<>();
    flatten(node, "", keys);
    return keys;
  }

  private static void flatten(Object node, String prefix, Set<String> keys) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> flatten(v, prefix.isEmpty() ? k.toString() : prefix + "." + k, keys));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> flatten(v, prefix + "[*]", keys));
    } else {
      keys.add(prefix);
    }
  }

  /** The host port a service's container port is published on. */
  private static String publishedPort(String service, int containerPort) {
    for (Object port : list(services().get(service).get("ports"))) {
      String[] parts = port.toString().split(":");
      if (parts[parts.length - 1].equals(Integer.toString(containerPort))) {
        return parts[parts.length - 2];
      }
    }
    throw new AssertionError(service + " does not publish port " + containerPort);
  }

  private static String healthCheck(String service) {
    Map<?, ?> healthCheck = (Map<?, ?>) services().get(service).get("healthcheck");
    assertThat(healthCheck).as("health check of %s", service).isNotNull();
    return healthCheck.get("test").toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services() {
    return (Map<String, Map<String, Object>>) COMPOSE.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> environment(String service) {
    Object environment = services().get(service).get("environment");
    assertThat(environment).as("environment of %s is a map", service).isInstanceOf(Map.class);
    return (Map<String, Object>) environment;
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  private static Map<String, Object> yaml(Path file) {
    try {
      return new Yaml().load(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("deploy"))) {
        return dir;
      }
    }
    throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
  }
}
