package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineApplication;
import org.partnerengine.TestAuthorizationServer;
import org.partnerengine.TestAuthorizationServer.Person;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The app in jwt mode against a real authorization server started here ({@link
 * TestAuthorizationServer}): people log in to the page with the OpenID Connect code flow, driven
 * by a plain HTTP client with a cookie jar that follows each redirect as a browser would (app, the
 * server's login form, back to the app's callback, the page), and machines call the API with the
 * server's access tokens, checked for issuer and audience.
 */
class IdentityProviderLoginTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestAuthorizationServer identityProvider;
  private static ConfigurableApplicationContext app;
  private static String appUrl;

  @BeforeAll
  static void startTheAuthorizationServerAndTheApp() {
    identityProvider = new TestAuthorizationServer();
    identityProvider.add(new Person("manager", "manager-secret-1", "PARTNER_MANAGER", List.of("partner-managers"), null));
    List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
    // Arguments, as they outrank the settings of application.yml and its test profile.
    identityProvider.appProperties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
    app = new SpringApplicationBuilder(PartnerEngineApplication.class).profiles("test").run(arguments.toArray(String[]::new));
    appUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (identityProvider != null) {
      identityProvider.close();
    }
  }

  @Test
  void thePageOffersTheIdentityProvidersLoginInsteadOfThePasswordForm() {
    Browser browser = new Browser();

    JsonNode methods = browser.api("GET", "/api/login-methods", null).json();

    assertThat(methods.get("password").asBoolean()).isFalse();
    assertThat(methods.at("/providers/0/url").asText()).isEqualTo("/oauth2/authorization/" + TestAuthorizationServer.REGISTRATION);
    assertThat(browser.api("POST", "/api/login", "username=manager&password=manager-secret-1").status())
        .as("no password login here").isEqualTo(401);
  }

  @Test
  void staffLogInWithTheCodeFlowAndPkceAndTheSessionWorksLikeThePasswordLogin() {
    Browser browser = new Browser();

    Page start = browser.get(appUrl + "/oauth2/authorization/" + TestAuthorizationServer.REGISTRATION);
    assertThat(start.status()).isEqualTo(302);
    Map<String, String> authorizationRequest = query(start.location());
    assertThat(authorizationRequest).containsEntry("code_challenge_method", "S256").containsKey("code_challenge")
        .containsEntry("response_type", "code").containsKey("state").containsKey("nonce");
    assertThat(authorizationRequest.get("scope")).contains("openid");

    String beforeLogin = browser.cookie("JSESSIONID");
    assertThat(beforeLogin).as("the session that holds the authorization request").isNotNull();

    Page landed = browser.follow(browser.logInAtTheProvider(browser.follow(start), "manager", "manager-secret-1"));

    assertThat(landed.uri().toString()).isEqualTo(appUrl + "/");
    assertThat(browser.cookie("JSESSIONID")).as("a new session id at the login").isNotNull().isNotEqualTo(beforeLogin);
    JsonNode me = browser.api("GET", "/api/me", null).json();
    assertThat(me.get("username").asText()).isEqualTo("manager");
    assertThat(me.get("roles").toString()).isEqualTo("[\"PARTNER_MANAGER\"]");
    assertThat(me.get("groups").toString()).isEqualTo("[\"partner-managers\"]");

    long partnerId = partner("Trained GmbH").getId();
    String completion = "{\"courseId\":\"sales-101\"}";
    Response withoutToken = browser.postWithoutToken("/api/partners/" + partnerId + "/training-completions", completion);
    assertThat(withoutToken.status()).as("the session cookie alone is not enough").isEqualTo(403);
    Response reported = browser.api("POST", "/api/partners/" + partnerId + "/training-completions", completion);
    assertThat(reported.status()).isEqualTo(202);
    JsonNode history = browser.api("GET", "/api/partners/" + partnerId + "/history", null).json();
    assertThat(history.findValuesAsText("actor")).contains("manager");

    assertThat(browser.api("POST", "/api/logout", null).status()).isEqualTo(204);
    assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);
  }

  @Test
  void aCallbackWithAnotherStateOrWithoutALoginMakesNoSession() {
    Browser browser = new Browser();
    Page callback =
        browser.logInAtTheProvider(browser.follow(browser.get(appUrl + "/oauth2/authorization/" + TestAuthorizationServer.REGISTRATION)),
            "manager", "manager-secret-1");
    assertThat(callback.location()).startsWith(appUrl + "/login/oauth2/code/");
    String forged = UriComponentsBuilder.fromUriString(callback.location()).replaceQueryParam("state", "forged-state").build().toUriString();

    Page refused = browser.get(forged);

    assertThat(refused.status()).isEqualTo(302);
    assertThat(refused.location()).endsWith("/#/login?failed");
    assertThat(browser.api("GET", "/api/me", null).status()).isEqualTo(401);

    // The right callback, but in another browser that never started a login here.
    Browser another = new Browser();
    assertThat(another.get(callback.location()).location()).endsWith("/#/login?failed");
    assertThat(another.api("GET", "/api/me", null).status()).isEqualTo(401);
    assertThat(new Browser().api("GET", "/api/me", null).status()).as("no login at all").isEqualTo(401);
  }

  @Test
  void aPartnerUserLogsInWhileItsPartnerIsInTheProgrammeAndNotAfter() {
    Partners partners = app.getBean(Partners.class);
    Partner partner = partner("Leaving Oy");
    identityProvider.add(new Person("ada@leaving.example", "ada-secret-1", "PARTNER", List.of(), partner.getId()));
    Browser browser = new Browser();
    assertThat(browser.logIn("ada@leaving.example", "ada-secret-1").uri().toString()).isEqualTo(appUrl + "/");
    JsonNode me = browser.api("GET", "/api/me", null).json();
    assertThat(me.get("roles").toString()).isEqualTo("[\"PARTNER\"]");
    assertThat(me.get("partnerId").asLong()).isEqualTo(partner.getId());

    partner.enterStage(Stage.OFFBOARDED, Instant.now());
    partners.saveAndFlush(partner);

    assertThat(browser.api("GET", "/api/partners/" + partner.getId(), null).status()).as("the open session ends").isEqualTo(401);
    Browser again = new Browser();
    Page refused = again.logIn("ada@leaving.example", "ada-secret-1");
    assertThat(refused.previousLocation()).as("the page's login view, which says it failed").isEqualTo(appUrl + "/#/login?failed");
    assertThat(refused.status()).isEqualTo(200);
    assertThat(again.api("GET", "/api/me", null).status()).isEqualTo(401);
  }

  @Test
  void theApiTakesTheServersAccessTokensForThisAppOnly() {
    String forThisApp = identityProvider.clientCredentialsToken(identityProvider.issuer(), TestAuthorizationServer.TRAINING_PLATFORM);
    String forAnotherApp = identityProvider.clientCredentialsToken(identityProvider.issuer(), TestAuthorizationServer.OTHER_APP);
    String ofAnotherIssuer = identityProvider.clientCredentialsToken(identityProvider.otherIssuer(), TestAuthorizationServer.TRAINING_PLATFORM);

    Response accepted = bearer(forThisApp, "/api/me");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("roles").toString()).isEqualTo("[\"TRAINING_PLATFORM\"]");
    assertThat(bearer(forAnotherApp, "/api/me").status()).as("another audience").isEqualTo(401);
    assertThat(bearer(ofAnotherIssuer, "/api/me").status()).as("another issuer, same key").isEqualTo(401);
  }

  /** A partner that applied (stage RECRUIT): in the programme until it is offboarded. */
  private static Partner partner(String name) {
    String domain = name.toLowerCase().replaceAll("[^a-z]", "") + ".example";
    return app.getBean(Partners.class)
        .saveAndFlush(new Partner(name, PartnerType.RESELLER, "DE", "https://" + domain, "Ada", "ada@" + domain,
            new BigDecimal("1000000"), 10, Instant.now()));
  }

  private static Response bearer(String token, String path) {
    return send(HttpClient.newHttpClient(),
        HttpRequest.newBuilder(URI.create(appUrl + path)).header("Authorization", "Bearer " + token).GET().build());
  }

  private static Map<String, String> query(String url) {
    return UriComponentsBuilder.fromUriString(url).build().getQueryParams().toSingleValueMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> java.net.URLDecoder.decode(e.getValue(), StandardCharsets.UTF_8)));
  }

  private static Response send(HttpClient client, HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  /** An answer to a navigation: where it came from, and where it sends the browser next. */
  record Page(URI uri, int status, String location, String body, String previousLocation) {}

  /** A browser: a cookie jar, redirects followed one by one, and the page's script's API calls. */
  private static final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    /** The whole login: the app's start, the provider's form, back to the app's page. */
    Page logIn(String username, String password) {
      Page start = get(appUrl + "/oauth2/authorization/" + TestAuthorizationServer.REGISTRATION);
      return follow(logInAtTheProvider(follow(start), username, password));
    }

    /**
     * At the provider's login form: fills it in and follows the provider's redirects up to the one
     * that sends the browser back to the app's callback, and answers that one.
     */
    Page logInAtTheProvider(Page loginForm, String username, String password) {
      assertThat(loginForm.status()).as("the provider's login form").isEqualTo(200);
      Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginForm.body());
      assertThat(csrf.find()).as("the form's CSRF field").isTrue();
      Page answer =
          navigate(HttpRequest.newBuilder(loginForm.uri())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(
                  form(Map.of("username", username, "password", password, "_csrf", csrf.group(1))))), null);
      while (answer.location() != null && !answer.location().startsWith(appUrl)) {
        answer = get(answer.location());
      }
      assertThat(answer.location()).as("back to the app").isNotNull();
      return answer;
    }

    Page get(String url) {
      return navigate(HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    /** Follows redirects until a page answers. */
    Page follow(Page page) {
      String previous = null;
      while (page.location() != null) {
        previous = page.location();
        page = get(page.location());
      }
      return new Page(page.uri(), page.status(), null, page.body(), previous);
    }

    private Page navigate(HttpRequest.Builder request, String previous) {
      HttpRequest sent = request.header("Accept", "text/html,application/xhtml+xml").build();
      try {
        HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").map(l -> sent.uri().resolve(l).toString()).orElse(null);
        return new Page(sent.uri(), response.statusCode(), location, response.body(), previous);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** A call of the page's script: JSON, and the XSRF-TOKEN cookie echoed on unsafe ones. */
    Response api(String method, String path, String body) {
      return call(method, path, body, true);
    }

    /** What another site's page can make the browser send: the cookies, but no token. */
    Response postWithoutToken(String path, String body) {
      return call("POST", path, body, false);
    }

    private Response call(String method, String path, String body, boolean token) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(appUrl + path))
              .header("Accept", "application/json")
              .header("X-Requested-With", "XMLHttpRequest")
              .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        request.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
      }
      if (token && !method.equals("GET") && cookie("XSRF-TOKEN") != null) {
        request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
      }
      return send(http, request.build());
    }

    String cookie(String name) {
      return cookies.getCookieStore().get(URI.create(appUrl)).stream()
          .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String form(Map<String, String> fields) {
      return fields.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
    }
  }
}
