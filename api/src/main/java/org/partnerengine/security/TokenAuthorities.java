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
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads roles, groups and the partner binding from the identity provider's configured claims: of a
 * bearer token, and of the ID token (with the user info) at the page's login, the same way. Claims
 * bound to a partner that has left the programme (offboarded, or unknown here) are refused: the
 * identity provider may go on issuing tokens for a while, the programme decides who is in it.
 */
class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  /** Who the claims name, and what they grant here. */
  record Granted(String username, List<GrantedAuthority> authorities) {}

  private final SecuritySettings.Jwt claims;
  private final LongPredicate partnerInProgramme;

  TokenAuthorities(SecuritySettings.Jwt claims, LongPredicate partnerInProgramme) {
    this.claims = claims;
    this.partnerInProgramme = partnerInProgramme;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Granted granted = grant(jwt);
    return new JwtAuthenticationToken(jwt, granted.authorities(), granted.username());
  }

  /** @throws DisabledException when the claims bind a partner that is not in the programme */
  Granted grant(ClaimAccessor token) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    strings(token.getClaim(claims.rolesClaim()))
        .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase())));
    strings(token.getClaim(claims.groupsClaim()))
        .forEach(g -> authorities.add(new SimpleGrantedAuthority(Caller.GROUP_PREFIX + g)));
    Object partnerId = token.getClaim(claims.partnerIdClaim());
    if (partnerId != null) {
      long id = partnerId(partnerId);
      if (!partnerInProgramme.test(id)) {
        throw new DisabledException("Partner " + id + " is no longer in the programme");
      }
      authorities.add(new SimpleGrantedAuthority(Caller.PARTNER_PREFIX + id));
    }
    return new Granted(token.getClaimAsString(usernameClaim(token)), List.copyOf(authorities));
  }

  /** The claim that names the caller: the configured one when the token has it, else the subject. */
  String usernameClaim(ClaimAccessor token) {
    return token.getClaimAsString(claims.usernameClaim()) != null ? claims.usernameClaim() : "sub";
  }

  boolean stillInProgramme(long partnerId) {
    return partnerInProgramme.test(partnerId);
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
