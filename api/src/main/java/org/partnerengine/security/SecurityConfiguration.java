package org.partnerengine.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.partnerengine.account.PortalAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Roles open endpoints here; a partner's reach to its own partner only is
 * checked where the partner id is known (the controllers answer 404 for any other partner). The
 * authorization matrix is in docs/api.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

  private static final String DESIGNER = Role.PROCESS_DESIGNER.name();
  private static final String MANAGER = Role.PARTNER_MANAGER.name();
  private static final String APPROVER = Role.APPROVER.name();
  private static final String PARTNER = Role.PARTNER.name();
  private static final String TRAINING_PLATFORM = Role.TRAINING_PLATFORM.name();
  private static final String CRM = Role.CRM.name();

  /**
   * Request metrics come from Spring MVC's own observation; one more per security filter and
   * authorization cost a fifth of a request's CPU in the lifecycle benchmark.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain api(
      HttpSecurity http,
      SecuritySettings settings,
      ObjectMapper json,
      ObjectProvider<Partners> partners,
      Environment environment,
      SessionRegistry sessionRegistry,
      ObjectProvider<ClientRegistrationRepository> loginRegistrations)
      throws Exception {
    boolean jwt = settings.mode() == SecuritySettings.Mode.JWT;
    if (jwt) {
      requireAudience(environment);
    }
    ProblemSecurityHandlers problems =
        new ProblemSecurityHandlers(json, jwt ? "Bearer" : "Basic realm=\"partner-engine\"");
    http.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(GET, LoginMethodsController.PATH).permitAll()
                    // A survey is answered from the link in its mail: the token is the proof.
                    .requestMatchers(GET, "/api/surveys/*").permitAll()
                    .requestMatchers(POST, "/api/surveys/*").permitAll()
                    .requestMatchers(
                        POST, "/api/applications", "/api/invitations/*", "/api/password-resets", "/api/password-resets/*")
                    .permitAll()
                    .requestMatchers(POST, "/api/me/password").hasRole(PARTNER)
                    .requestMatchers(POST, "/api/partners/*/invitation").hasRole(MANAGER)
                    .requestMatchers(GET, "/api/partners/*/notifications").hasRole(MANAGER)
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                    .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error").permitAll()
                    .requestMatchers("/actuator/**").hasAnyRole(MANAGER, DESIGNER)
                    .requestMatchers("/api/deployments/**").hasRole(DESIGNER)
                    .requestMatchers("/api/deployment-requests/**", "/api/deployment-requests").hasAnyRole(DESIGNER, MANAGER)
                    .requestMatchers(POST, "/api/processes/**").hasRole(DESIGNER)
                    .requestMatchers(GET, "/api/processes/**", "/api/processes").hasAnyRole(DESIGNER, MANAGER)
                    .requestMatchers("/api/process-instances/**", "/api/process-instances").hasAnyRole(DESIGNER, MANAGER)
                    .requestMatchers("/api/tasks/**", "/api/tasks").hasAnyRole(MANAGER, APPROVER, DESIGNER)
                    .requestMatchers(GET, "/api/partners").hasAnyRole(MANAGER, APPROVER)
                    .requestMatchers(GET, "/api/partners/*", "/api/partners/*/history").hasAnyRole(MANAGER, APPROVER, PARTNER)
                    // Facts that earn certificates come from the training platform or a manager.
                    .requestMatchers(POST, "/api/partners/*/training-completions", "/api/partners/*/exam-results")
                    .hasAnyRole(MANAGER, TRAINING_PLATFORM)
                    .requestMatchers(POST, "/api/deals/*/outcome").hasAnyRole(MANAGER, PARTNER, CRM)
                    .requestMatchers(
                        GET,
                        "/api/partners/*/agreement",
                        "/api/partners/*/agreement/signature",
                        "/api/partners/*/agreement/signed-copy")
                    .hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(POST, "/api/partners/*/agreement/countersignature").hasRole(MANAGER)
                    .requestMatchers(
                        POST,
                        "/api/partners/*/agreement/signature",
                        "/api/partners/*/tax-form",
                        "/api/partners/*/offboarding")
                    .hasAnyRole(MANAGER, PARTNER)
                    // The payout account: the partner gives it, finance (an approver group) changes it later.
                    .requestMatchers(GET, "/api/partners/*/banking-details").hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(PUT, "/api/partners/*/banking-details").hasAnyRole(APPROVER, PARTNER)
                    .requestMatchers(
                        GET, "/api/partners/*/deals", "/api/partners/*/mdf-requests", "/api/partners/*/tier-history")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(GET, "/api/partners/*/scorecard", "/api/partners/*/forecast")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(GET, "/api/partners/*/curriculum").hasAnyRole(MANAGER, APPROVER, PARTNER)
                    // Everyone in the programme reads the courses and exams; managers keep them.
                    .requestMatchers(GET, "/api/training-catalogue", "/api/training-catalogue/*")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers("/api/training-catalogue", "/api/training-catalogue/**").hasRole(MANAGER)
                    .requestMatchers("/api/analytics/**").hasRole(MANAGER)
                    // Partners ask; the groups that answer read the question with their task; managers
                    // publish good answers for every partner to read.
                    .requestMatchers(POST, "/api/partners/*/questions").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(GET, "/api/partners/*/questions", "/api/partners/*/questions/*")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(GET, "/api/questions/*").hasAnyRole(MANAGER, APPROVER)
                    .requestMatchers(POST, "/api/questions/*/faq").hasRole(MANAGER)
                    .requestMatchers(GET, "/api/faq").hasAnyRole(MANAGER, APPROVER, PARTNER, DESIGNER)
                    .requestMatchers(DELETE, "/api/faq/*").hasRole(MANAGER)
                    // The enablement library: partners read what their audience admits, managers keep it.
                    .requestMatchers(GET, "/api/partners/*/content", "/api/partners/*/content/*", "/api/partners/*/content/*/download")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(GET, "/api/content", "/api/content/*").hasAnyRole(MANAGER, APPROVER)
                    .requestMatchers("/api/content", "/api/content/**").hasRole(MANAGER)
                    .requestMatchers(
                        POST,
                        "/api/partners/*/deals",
                        "/api/partners/*/mdf-requests",
                        "/api/deals/*/extension",
                        "/api/mdf-requests/*/claims")
                    .hasAnyRole(MANAGER, PARTNER)
                    // Selling: managers keep territories and coverage and see how a lead was routed;
                    // leads come in from a manager or the CRM's service client; a partner answers the
                    // leads offered to it (the controller narrows that to its own offers).
                    // Regions and their launches: partner managers define markets and open them.
                    .requestMatchers("/api/regions", "/api/regions/**").hasRole(MANAGER)
                    .requestMatchers("/api/territories", "/api/territories/**", "/api/partners/*/coverage", "/api/partners/*/competitors").hasRole(MANAGER)
                    .requestMatchers(POST, "/api/leads", "/api/leads/import").hasAnyRole(MANAGER, CRM)
                    .requestMatchers(GET, "/api/leads", "/api/leads/*/routing").hasRole(MANAGER)
                    .requestMatchers(GET, "/api/partners/*/leads").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(
                        POST, "/api/leads/*/open", "/api/leads/*/accept", "/api/leads/*/decline", "/api/leads/*/conversion",
                        "/api/leads/*/loss", "/api/leads/*/status")
                    .hasRole(PARTNER)
                    // Account mapping: a partner shares its own lists (a manager may load them for
                    // it) and reads its overlaps with the vendor.
                    .requestMatchers(GET, "/api/partners/*/populations", "/api/partners/*/overlaps").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(PUT, "/api/partners/*/populations/*").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(GET, "/api/partners/*/plays").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(POST, "/api/partners/*/plays/*/answer").hasRole(PARTNER)
                    .requestMatchers("/api/ecosystem/**").hasRole(MANAGER)
                    // Joint campaigns: managers plan them and read results; responses come from a
                    // manager or the CRM's client; a partner answers its own invitations, downloads
                    // its launch's files and keeps its co-brand profile (a manager may keep it for it).
                    .requestMatchers(POST, "/api/campaigns/*/responses").hasAnyRole(MANAGER, CRM)
                    .requestMatchers("/api/campaigns", "/api/campaigns/**").hasRole(MANAGER)
                    .requestMatchers(GET, "/api/partners/*/campaigns", "/api/partners/*/campaigns/*/files/*").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(POST, "/api/partners/*/campaigns/*/answer").hasRole(PARTNER)
                    .requestMatchers("/api/partners/*/co-brand", "/api/partners/*/co-brand/logo").hasAnyRole(MANAGER, PARTNER)
                    // Co-selling: the owning partner (or a manager for it) asks direct sales for help
                    // and proposes revenue splits; approvers read what their tasks decide; the owner
                    // answers a split a manager proposed (the controller narrows all to own deals).
                    .requestMatchers(POST, "/api/deals/*/co-sell", "/api/deals/*/splits").hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(GET, "/api/deals/*/co-sell", "/api/deals/*/splits", "/api/co-sell-requests/*", "/api/deal-splits/*")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(POST, "/api/deal-splits/*/answer").hasRole(PARTNER)
                    // Churn prediction is for partner managers: a partner does not read its own risk.
                    .requestMatchers(GET, "/api/partners/*/risk").hasRole(MANAGER)
                    .requestMatchers("/api/prediction/**").hasRole(MANAGER)
                    .requestMatchers("/api/**").authenticated()
                    // The web page and its assets.
                    .anyRequest().permitAll());
    if (jwt) {
      TokenAuthorities authorities = new TokenAuthorities(settings.jwt(), id -> inProgramme(partners.getObject(), id));
      http.addFilterBefore(new IdentityProviderDown(json), BearerTokenAuthenticationFilter.class);
      http.oauth2ResourceServer(
          o -> o.authenticationEntryPoint(problems)
              .accessDeniedHandler(problems)
              .jwt(j -> j.jwtAuthenticationConverter(authorities)));
      // People log in to the page with the identity provider, where a login client is registered.
      ClientRegistrationRepository registrations = loginRegistrations.getIfAvailable();
      if (registrations != null) {
        IdentityProviderLogin.configure(http, registrations, authorities);
      }
    } else {
      http.httpBasic(b -> b.authenticationEntryPoint(problems));
    }
    // The page's session and its CSRF token; the password login only where passwords are checked
    // here (with tokens, the page's login is the identity provider's, above).
    SessionLogin.configure(http, json, !jwt, sessionRegistry);
    BrowserHeaders.configure(http);
    return http.build();
  }

  /** The page login's ID tokens come from the issuer of the API's bearer tokens. */
  @Bean
  JwtDecoderFactory<ClientRegistration> idTokenDecoders(Environment environment) {
    return IdentityProviderLogin.idTokenDecoders(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
  }

  /** A partner's token works while its partner is in the programme: known and not offboarded. */
  private static boolean inProgramme(Partners partners, long id) {
    return partners.findById(id).map(p -> p.getStage() != Stage.OFFBOARDED).orElse(false);
  }

  /**
   * A token the identity provider issued for another application must not open this one: in jwt
   * mode the app starts only with the audience it accepts ({@code
   * spring.security.oauth2.resourceserver.jwt.audiences}), which Spring Boot then checks on every token.
   */
  private static void requireAudience(Environment environment) {
    List<String> audiences =
        Binder.get(environment)
            .bind("spring.security.oauth2.resourceserver.jwt.audiences", Bindable.listOf(String.class))
            .orElse(List.of());
    if (audiences.stream().allMatch(String::isBlank)) {
      throw new IllegalStateException(
          "partner-engine.security.mode=jwt needs spring.security.oauth2.resourceserver.jwt.audiences (env"
              + " SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES): the audience this app's tokens carry");
    }
  }

  /**
   * The password logins (HTTP Basic, the page's form login), throttled per account and per client
   * address: after too many failures the account or address is locked for a while (429).
   */
  @Bean
  AuthenticationProvider passwordLogins(
      UserDetailsService portalUsers,
      PasswordEncoder passwordEncoder,
      ObjectProvider<Clock> clock,
      @Value("${partner-engine.security.login.max-account-failures:5}") int maxAccountFailures,
      @Value("${partner-engine.security.login.max-address-failures:50}") int maxAddressFailures,
      @Value("${partner-engine.security.login.failure-window:PT15M}") Duration window,
      @Value("${partner-engine.security.login.lock:PT15M}") Duration lock) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(portalUsers);
    passwords.setPasswordEncoder(passwordEncoder);
    return new ThrottledLogin(
        passwords, new LoginThrottle(maxAccountFailures, maxAddressFailures, window, lock, clock.getIfAvailable(Clock::systemUTC), 100_000));
  }

  /** The page's sessions per user; it hears of new, changed and ended sessions as events. */
  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  /** Tells the registry when the servlet container ends a session (timeout, logout). */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  LoggedInSessions loggedInSessions(SessionRegistry sessionRegistry) {
    return new LoggedInSessions(sessionRegistry);
  }

  /** BCrypt, paid once a minute per client and password rather than on every Basic request. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new VerifiedCredentials(new BCryptPasswordEncoder(), Duration.ofMinutes(1), 10_000, System::nanoTime);
  }

  @Bean
  UserDetailsService portalUsers(PortalAccounts accounts, SecuritySettings settings, Environment environment) {
    DevUsersGuard.refuseOutsideDevelopment(
        settings.devUsersEnabled(),
        environment.getProperty("partner-engine.engine.mode", "embedded"),
        environment.getProperty("spring.datasource.url"));
    return new PortalUsers(accounts, settings.devUsersEnabled());
  }
}
