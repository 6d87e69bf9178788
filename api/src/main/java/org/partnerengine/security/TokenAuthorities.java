package org.partnerengine.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads roles, groups and the partner binding from a bearer token's configured claims. */
class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  private final SecuritySettings.Jwt claims;

  TokenAuthorities(SecuritySettings.Jwt claims) {
    this.claims = claims;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    strings(jwt.getClaim(claims.rolesClaim()))
        .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase())));
    strings(jwt.getClaim(claims.groupsClaim()))
        .forEach(g -> authorities.add(new SimpleGrantedAuthority(Caller.GROUP_PREFIX + g)));
    Object partnerId = jwt.getClaim(claims.partnerIdClaim());
    if (partnerId != null) {
      authorities.add(new SimpleGrantedAuthority(Caller.PARTNER_PREFIX + partnerId));
    }
    String name = jwt.getClaimAsString(claims.usernameClaim());
    return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
  }

  private static List<String> strings(Object claim) {
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    if (claim instanceof String value && !value.isBlank()) {
      return List.of(value.split("[,\\s]+"));
    }
    return List.of();
  }
}
