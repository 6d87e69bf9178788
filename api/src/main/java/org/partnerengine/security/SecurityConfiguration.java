package org.partnerengine.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.partnerengine.account.PortalAccounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
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

  /**
   * Request metrics come from Spring MVC's own observation; one more per security filter and
   * authorization cost a fifth of a request's CPU in the lifecycle benchmark.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, ObjectMapper json) throws Exception {
    boolean jwt = settings.mode() == SecuritySettings.Mode.JWT;
    ProblemSecurityHandlers problems =
        new ProblemSecurityHandlers(json, jwt ? "Bearer" : "Basic realm=\"partner-engine\"");
    http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers(POST, "/api/applications", "/api/invitations/*").permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                    .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error").permitAll()
                    .requestMatchers("/actuator/**").hasAnyRole(MANAGER, DESIGNER)
                    .requestMatchers("/api/deployments/**").hasRole(DESIGNER)
                    .requestMatchers("/api/deployment-requests/**", "/api/deployment-requests").hasAnyRole(DESIGNER, MANAGER)
                    .requestMatchers(POST, "/api/processes/**").hasRole(DESIGNER)
                    .requestMatchers(GET, "/api/processes/**", "/api/processes").hasAnyRole(DESIGNER, MANAGER)
                    .requestMatchers("/api/process-instances/**", "/api/process-instances").hasAnyRole(DESIGNER, MANAGER)
                    .requestMatchers("/api/tasks/**", "/api/tasks").hasAnyRole(MANAGER, APPROVER)
                    .requestMatchers(GET, "/api/partners").hasAnyRole(MANAGER, APPROVER)
                    .requestMatchers(GET, "/api/partners/*", "/api/partners/*/history").hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(
                        POST,
                        "/api/partners/*/agreement/signature",
                        "/api/partners/*/training-completions",
                        "/api/partners/*/exam-results",
                        "/api/partners/*/tax-form",
                        "/api/partners/*/offboarding")
                    .hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers(
                        GET, "/api/partners/*/deals", "/api/partners/*/mdf-requests", "/api/partners/*/tier-history")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers(GET, "/api/partners/*/scorecard", "/api/partners/*/forecast")
                    .hasAnyRole(MANAGER, APPROVER, PARTNER)
                    .requestMatchers("/api/analytics/**").hasRole(MANAGER)
                    .requestMatchers(
                        POST,
                        "/api/partners/*/deals",
                        "/api/partners/*/mdf-requests",
                        "/api/deals/*/outcome",
                        "/api/deals/*/extension",
                        "/api/mdf-requests/*/claims")
                    .hasAnyRole(MANAGER, PARTNER)
                    .requestMatchers("/api/**").authenticated()
                    // The web page and its assets.
                    .anyRequest().permitAll());
    if (jwt) {
      http.oauth2ResourceServer(
          o -> o.authenticationEntryPoint(problems)
              .accessDeniedHandler(problems)
              .jwt(j -> j.jwtAuthenticationConverter(new TokenAuthorities(settings.jwt()))));
    } else {
      http.httpBasic(b -> b.authenticationEntryPoint(problems));
    }
    return http.build();
  }

  /** BCrypt, paid once a minute per client and password rather than on every Basic request. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new VerifiedCredentials(new BCryptPasswordEncoder(), Duration.ofMinutes(1), 10_000, System::nanoTime);
  }

  @Bean
  UserDetailsService portalUsers(PortalAccounts accounts, SecuritySettings settings) {
    return new PortalUsers(accounts, settings.devUsersEnabled());
  }
}
