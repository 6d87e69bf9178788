package org.partnerengine.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads roles, groups and the partner binding from a bearer token's configured claims. A token
 * bound to a partner that has left the programme (offboarded, or unknown here) is refused: the
 * identity provider may go on issuing tokens for a while, the programme decides who is in it.
 */
class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  private final SecuritySettings.Jwt claims;
  private final LongPredicate partnerInProgramme;

  TokenAuthorities(SecuritySettings.Jwt claims, LongPredicate partnerInProgramme) {
    this.claims = claims;
    this.partnerInProgramme = partnerInProgramme;
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
      long id = partnerId(partnerId);
      if (!partnerInProgramme.test(id)) {
        throw new DisabledException("Partner " + id + " is no longer in the programme");
      }
      authorities.add(new SimpleGrantedAuthority(Caller.PARTNER_PREFIX + id));
    }
    String name = jwt.getClaimAsString(claims.usernameClaim());
    return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
  }

  private static long partnerId(Object claim) {
    try {
      return Long.parseLong(String.valueOf(claim).strip());
    } catch (NumberFormatException e) {
      throw new DisabledException("The token's partner claim is not a partner id");
    }
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
