package org.partnerengine.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerengine.account.AccountStatus;
import org.partnerengine.account.PortalAccount;
import org.partnerengine.account.PortalAccounts;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users HTTP Basic knows: the dev users when enabled, and every partner whose portal account
 * is active (username = the contact email, password hashed with BCrypt).
 */
class PortalUsers implements UserDetailsService {

  private final PortalAccounts accounts;
  private final Map<String, UserDetails> devUsers;

  /**
   * Dev users' passwords are their names, so a slow hash protects nothing; a cheap one keeps
   * every Basic-authenticated request of a demo or benchmark from paying BCrypt's full cost.
   * Partners' passwords keep the full cost; BCrypt reads the cost from each hash.
   */
  private static final PasswordEncoder DEV_ENCODER = new BCryptPasswordEncoder(4);

  PortalUsers(PortalAccounts accounts, boolean devUsersEnabled) {
    this.accounts = accounts;
    this.devUsers =
        devUsersEnabled
            ? DevUsers.ALL.stream()
                .map(u -> User.withUsername(u.username())
                    .password(DEV_ENCODER.encode(u.username()))
                    .authorities(authorities(u))
                    .build())
                .collect(Collectors.toMap(UserDetails::getUsername, Function.identity()))
            : Map.of();
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserDetails dev = devUsers.get(username);
    if (dev != null) {
      return User.withUserDetails(dev).build();
    }
    PortalAccount account =
        accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    if (account.getPasswordHash() == null) {
      throw new UsernameNotFoundException("The invitation has not been accepted");
    }
    return User.withUsername(account.getUsername())
        .password(account.getPasswordHash())
        .disabled(account.getStatus() != AccountStatus.ACTIVE)
        .authorities(
            List.of(
                new SimpleGrantedAuthority(Role.PARTNER.authority()),
                new SimpleGrantedAuthority(Caller.PARTNER_PREFIX + account.getPartnerId())))
        .build();
  }

  private static List<GrantedAuthority> authorities(DevUsers.DevUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
    user.groups().forEach(g -> authorities.add(new SimpleGrantedAuthority(Caller.GROUP_PREFIX + g)));
    return authorities;
  }
}
