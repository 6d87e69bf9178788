package org.partnerengine.security;

import java.util.List;
import java.util.Set;

/** The built-in users of the embedded default, listed in the README. Not for real deployments. */
final class DevUsers {

  record DevUser(String username, Set<Role> roles, Set<String> groups) {}

  static final List<DevUser> ALL =
      List.of(
          new DevUser("designer", Set.of(Role.PROCESS_DESIGNER), Set.of("process-designers")),
          // a second designer: approves the first one's deployment requests (four eyes)
          new DevUser("reviewer", Set.of(Role.PROCESS_DESIGNER), Set.of("process-designers")),
          new DevUser("manager", Set.of(Role.PARTNER_MANAGER), Set.of("partner-managers")),
          new DevUser("approver", Set.of(Role.APPROVER), Set.of("channel-approvers")),
          new DevUser("finance", Set.of(Role.APPROVER), Set.of("finance")),
          new DevUser("exec", Set.of(Role.APPROVER), Set.of("executives")),
          // answers partners' co-sell requests (the default direct sales group)
          new DevUser("sales", Set.of(Role.APPROVER), Set.of("direct-sales")),
          new DevUser("training", Set.of(Role.TRAINING_PLATFORM), Set.of()),
          new DevUser("crm", Set.of(Role.CRM), Set.of()));

  private DevUsers() {}
}
