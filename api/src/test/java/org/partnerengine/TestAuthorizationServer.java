package org.partnerengine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OAuth2 and OpenID Connect authorization server (Spring Authorization Server) on a random
 * port, for the tests of the app in jwt mode. It serves discovery, keys, a login form, the
 * authorization and token endpoints and the user info, as Keycloak does in docker-compose.yml, and
 * puts roles, groups, the partner id and the app's audience into its tokens as the realm's mappers
 * do. Its clients: the app's confidential login client (PKCE required, no consent screen), the
 * training platform's service client (tokens for this app), and another application's client
 * (tokens for that application).
 *
 * <p>The server takes its issuer from the address it is called at: the app knows it as {@link
 * #issuer()} (localhost); a token fetched at {@link #otherIssuer()} (127.0.0.1) is signed with the
 * same key but names another issuer. The app is reached at 127.0.0.1, so a browser's cookies of the
 * two never mix.
 */
public final class TestAuthorizationServer implements AutoCloseable {

  public static final String LOGIN_CLIENT = "partner-engine";
  public static final String LOGIN_CLIENT_SECRET = "login-client-secret";
  public static final String AUDIENCE = "partner-engine";
  public static final String TRAINING_PLATFORM = "training-platform";
  public static final String OTHER_APP = "other-app";
  /** The app's name for this provider: its login starts at /oauth2/authorization/{@value}. */
  public static final String REGISTRATION = "idp";

  /** A person who can log in here, with what the tokens say of them. */
  public record Person(String username, String password, String role, List<String> groups, Long partnerId) {}

  /** The people, changed by the tests while the server runs. */
  static final class People {
    private final Map<String, Person> byName = new ConcurrentHashMap<>();

    Person get(String username) {
      return byName.get(username);
    }
  }

  private final People people = new People();
  private final ConfigurableApplicationContext server;
  private final int port;

  public TestAuthorizationServer() {
    server =
        new SpringApplicationBuilder(Server.class)
            .web(WebApplicationType.SERVLET)
            .initializers(context -> context.getBeanFactory().registerSingleton("people", people))
            // None of the app's configuration files: this is another server.
            .properties("spring.config.name=test-authorization-server", "server.port=0", "spring.main.banner-mode=off")
            .run();
    port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
  }

  /** The issuer the app is configured with. */
  public String issuer() {
    return "http://localhost:" + port;
  }

  /** The same server under another name, so another issuer in its tokens. */
  public String otherIssuer() {
    return "http://127.0.0.1:" + port;
  }

  public void add(Person person) {
    people.byName.put(person.username(), person);
  }

  /**
   * The app's jwt mode with this server: bearer tokens of its issuer with the app's audience, and
   * the page's login through it, configured by discovery.
   */
  public Map<String, Object> appProperties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("partner-engine.security.mode", "jwt");
    properties.put("partner-engine.security.dev-users-enabled", "false");
    properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer());
    properties.put("spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
    String registration = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
    properties.put(registration + "client-id", LOGIN_CLIENT);
    properties.put(registration + "client-secret", LOGIN_CLIENT_SECRET);
    properties.put(registration + "client-name", "Test identity provider");
    properties.put(registration + "scope", "openid,profile");
    properties.put("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuer());
    return properties;
  }

  /** An access token for a service client, with client credentials, from the token endpoint at {@code issuer}. */
  public String clientCredentialsToken(String issuer, String clientId) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                      .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                          (clientId + ":" + secretOf(clientId)).getBytes(StandardCharsets.UTF_8)))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("Token endpoint answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode body = new ObjectMapper().readTree(response.body());
      return body.get("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Each service client's secret (the server refuses two clients with one secret). */
  private static String secretOf(String clientId) {
    return clientId + "-secret";
  }

  @Override
  public void close() {
    server.close();
  }

  // Not a @Configuration: the app's component scan, which covers this package, must not find it.
  @EnableWebSecurity
  @ImportAutoConfiguration({
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class
  })
  static class Server {

    /** The protocol's endpoints; a browser without a login here is sent to the login form. */
    @Bean
    @Order(1)
    SecurityFilterChain protocol(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      http.securityMatcher(server.getEndpointsMatcher())
          .with(server, s -> s.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
          // The user info endpoint takes the access token.
          .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()));
      return http.build();
    }

    /** The login form (Spring Security's own page, with its CSRF field). */
    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
    }

    @Bean
    UserDetailsService users(People people) {
      return username -> {
        Person person = people.get(username);
        if (person == null) {
          throw new UsernameNotFoundException(username);
        }
        return org.springframework.security.core.userdetails.User.withUsername(username)
            .password("{noop}" + person.password())
            .roles(person.role())
            .build();
      };
    }

    @Bean
    RegisteredClientRepository clients() {
      RegisteredClient login =
          RegisteredClient.withId(UUID.randomUUID().toString())
              .clientId(LOGIN_CLIENT)
              .clientSecret("{noop}" + LOGIN_CLIENT_SECRET)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              // A loopback address: any port the app got is accepted.
              .redirectUri("http://127.0.0.1:8080/login/oauth2/code/" + REGISTRATION)
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.PROFILE)
              .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
              .build();
      return new InMemoryRegisteredClientRepository(login, serviceClient(TRAINING_PLATFORM), serviceClient(OTHER_APP));
    }

    private static RegisteredClient serviceClient(String clientId) {
      return RegisteredClient.withId(UUID.randomUUID().toString())
          .clientId(clientId)
          .clientSecret("{noop}" + secretOf(clientId))
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .build();
    }

    /**
     * What the realm's mappers add in Keycloak: the person's role, groups, name and partner id in
     * the ID and access tokens, a service client's role, and this app as the audience of access
     * tokens for it (another application's client keeps its own).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(People people) {
      return context -> {
        JwtClaimsSet.Builder claims = context.getClaims();
        String clientId = context.getRegisteredClient().getClientId();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
          if (clientId.equals(TRAINING_PLATFORM)) {
            claims.claim("roles", List.of("TRAINING_PLATFORM"));
          }
        } else {
          Person person = people.get(context.getPrincipal().getName());
          claims.claim("roles", List.of(person.role()))
              .claim("groups", person.groups())
              .claim("preferred_username", person.username());
          if (person.partnerId() != null) {
            claims.claim("partner_id", person.partnerId());
          }
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType()) && !clientId.equals(OTHER_APP)) {
          claims.audience(List.of(AUDIENCE));
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair keys = generator.generateKeyPair();
      RSAKey key =
          new RSAKey.Builder((RSAPublicKey) keys.getPublic())
              .privateKey((RSAPrivateKey) keys.getPrivate())
              .keyID(UUID.randomUUID().toString())
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    /** No fixed issuer: each request's own address is the issuer. */
    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
