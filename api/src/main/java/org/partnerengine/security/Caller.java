package org.partnerengine.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.partnerengine.partner.PartnerNotFound;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is calling, read from the authorities every login style grants the same way: roles as
 * {@code ROLE_*}, groups as {@code GROUP_*}, and a partner user's partner as {@code PARTNER_<id>}.
 */
public record Caller(String username, Set<Role> roles, Set<String> groups, Long partnerId) {

  static final String GROUP_PREFIX = "GROUP_";
  static final String PARTNER_PREFIX = "PARTNER_";

  public static Caller of(Authentication authentication) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Set<String> groups = new HashSet<>();
    Long partnerId = null;
    for (GrantedAuthority granted : authentication.getAuthorities()) {
      String authority = granted.getAuthority();
      if (authority.startsWith("ROLE_")) {
        try {
          roles.add(Role.valueOf(authority.substring("ROLE_".length())));
        } catch (IllegalArgumentException unknownRole) {
          // Roles of other applications in the same token mean nothing here.
        }
      } else if (authority.startsWith(GROUP_PREFIX)) {
        groups.add(authority.substring(GROUP_PREFIX.length()));
      } else if (authority.startsWith(PARTNER_PREFIX)) {
        try {
          partnerId = Long.parseLong(authority.substring(PARTNER_PREFIX.length()));
        } catch (NumberFormatException e) {
          // not a partner binding
        }
      }
    }
    return new Caller(authentication.getName(), Set.copyOf(roles), Set.copyOf(groups), partnerId);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return is(Role.PARTNER_MANAGER) || is(Role.APPROVER) || is(Role.PROCESS_DESIGNER);
  }

  /**
   * Course completions and exam results earn certificates: only the training platform or a
   * manager vouches for them, never the partner itself.
   */
  public boolean mayReportTrainingFacts() {
    return is(Role.TRAINING_PLATFORM) || is(Role.PARTNER_MANAGER);
  }

  /**
   * A deal outcome from the CRM or a manager counts as reported; a partner's own report of a win
   * waits for staff to confirm it.
   */
  public boolean mayReportDealFacts() {
    return is(Role.CRM) || is(Role.PARTNER_MANAGER);
  }

  /** A partner user sees its own partner only; staff see every partner. Service clients are not staff. */
  public boolean mayAccessPartner(long id) {
    if (isStaff()) {
      return true;
    }
    return is(Role.PARTNER) && partnerId != null && partnerId == id;
  }

  /**
   * The caller, when it may reach this partner; otherwise the partner is not found (404), so a
   * partner user learns nothing of another partner, not even that it exists.
   */
  public static Caller forPartner(long partnerId, Authentication authentication) {
    Caller caller = of(authentication);
    if (!caller.mayAccessPartner(partnerId)) {
      throw new PartnerNotFound(partnerId);
    }
    return caller;
  }
}
