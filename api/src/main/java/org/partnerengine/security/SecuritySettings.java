package org.partnerengine.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers log in.
 *
 * @param mode {@code basic}: HTTP Basic with the dev users and the partners' portal accounts;
 *     {@code jwt}: an OAuth2 resource server taking bearer tokens (set
 *     {@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 * @param devUsersEnabled whether the built-in dev users (designer, manager, approver, finance,
 *     exec) can log in; on in the embedded default only
 * @param jwt where a token carries the caller's roles, groups and partner id
 */
@ConfigurationProperties("partner-engine.security")
public record SecuritySettings(Mode mode, Boolean devUsersEnabled, Jwt jwt) {

  public enum Mode {
    BASIC,
    JWT
  }

  /**
   * Claim names in the bearer token.
   *
   * @param rolesClaim a list of role names (PROCESS_DESIGNER, PARTNER_MANAGER, APPROVER, PARTNER)
   * @param groupsClaim a list of group names (channel-approvers, finance, ...)
   * @param partnerIdClaim the partner a PARTNER token is bound to
   * @param usernameClaim the caller's name as tasks record it
   */
  public record Jwt(String rolesClaim, String groupsClaim, String partnerIdClaim, String usernameClaim) {
    public Jwt {
      rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
      groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
      partnerIdClaim = partnerIdClaim == null ? "partner_id" : partnerIdClaim;
      usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
    }
  }

  public SecuritySettings {
    mode = mode == null ? Mode.BASIC : mode;
    devUsersEnabled = devUsersEnabled == null ? Boolean.FALSE : devUsersEnabled;
    jwt = jwt == null ? new Jwt(null, null, null, null) : jwt;
  }
}
