package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenAuthoritiesTest {

  private final TokenAuthorities authorities =
      new TokenAuthorities(new SecuritySettings.Jwt("realm_roles", "groups", "partner_id", "preferred_username"), id -> id != 13);

  @Test
  void readsRolesGroupsAndTheNameFromTheConfiguredClaims() {
    Jwt token =
        token()
            .claim("realm_roles", List.of("approver", "offline_access"))
            .claim("groups", List.of("finance", "executives"))
            .claim("preferred_username", "grace")
            .build();

    Caller caller = Caller.of(authorities.convert(token));

    assertThat(caller.username()).isEqualTo("grace");
    assertThat(caller.roles()).containsExactly(Role.APPROVER);
    assertThat(caller.groups()).containsExactlyInAnyOrder("finance", "executives");
    assertThat(caller.partnerId()).isNull();
  }

  @Test
  void aPartnerTokenIsBoundToItsPartnerOnly() {
    Jwt token = token().claim("realm_roles", "PARTNER").claim("partner_id", 42).build();

    Caller caller = Caller.of(authorities.convert(token));

    assertThat(caller.roles()).isEqualTo(Set.of(Role.PARTNER));
    assertThat(caller.username()).isEqualTo("user-1");
    assertThat(caller.mayAccessPartner(42)).isTrue();
    assertThat(caller.mayAccessPartner(43)).isFalse();
  }

  @Test
  void aTokenOfAPartnerThatLeftTheProgrammeIsRefused() {
    Jwt offboarded = token().claim("realm_roles", "PARTNER").claim("partner_id", 13).build();
    Jwt notAnId = token().claim("realm_roles", "PARTNER").claim("partner_id", "13; drop").build();

    assertThatThrownBy(() -> authorities.convert(offboarded)).isInstanceOf(DisabledException.class);
    assertThatThrownBy(() -> authorities.convert(notAnId)).isInstanceOf(DisabledException.class);
  }

  @Test
  void serviceClientTokensVouchForTheirOwnFactOnlyAndAreNotStaff() {
    Caller training = Caller.of(authorities.convert(token().claim("realm_roles", List.of("training_platform")).build()));
    Caller crm = Caller.of(authorities.convert(token().claim("realm_roles", "CRM").build()));

    assertThat(training.roles()).containsExactly(Role.TRAINING_PLATFORM);
    assertThat(training.mayReportTrainingFacts()).isTrue();
    assertThat(training.mayReportDealFacts()).isFalse();
    assertThat(crm.mayReportDealFacts()).isTrue();
    assertThat(crm.mayReportTrainingFacts()).isFalse();
    for (Caller client : List.of(training, crm)) {
      assertThat(client.isStaff()).isFalse();
      assertThat(client.mayAccessPartner(42)).isFalse();
    }
  }

  @Test
  void anIdTokenAtThePagesLoginGrantsWhatABearerTokenWithTheSameClaimsGrants() {
    Map<String, Object> claims =
        Map.of("sub", "user-7", "realm_roles", List.of("PARTNER"), "partner_id", "42", "preferred_username", "ada@example.com");
    OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), claims);
    Jwt bearer = token().claims(c -> c.putAll(claims)).build();

    TokenAuthorities.Granted atLogin = authorities.grant(idToken);

    assertThat(atLogin.username()).isEqualTo("ada@example.com");
    assertThat(atLogin.authorities()).isEqualTo(authorities.convert(bearer).getAuthorities().stream().toList());
    assertThat(authorities.usernameClaim(idToken)).isEqualTo("preferred_username");
    OidcIdToken offboarded = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "user-8", "partner_id", 13));
    assertThatThrownBy(() -> authorities.grant(offboarded)).isInstanceOf(DisabledException.class);
  }

  private static Jwt.Builder token() {
    return Jwt.withTokenValue("token").header("alg", "RS256").subject("user-1");
  }
}
