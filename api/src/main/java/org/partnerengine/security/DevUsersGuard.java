package org.partnerengine.security;

/**
 * The dev users' passwords are their names, so they may exist only where nothing real is at
 * stake: the embedded engine with the in-memory H2 database. Anywhere else the app refuses to
 * start rather than open a door that everybody knows.
 */
final class DevUsersGuard {

  private DevUsersGuard() {}

  static void refuseOutsideDevelopment(boolean devUsersEnabled, String engineMode, String datasourceUrl) {
    if (!devUsersEnabled) {
      return;
    }
    boolean embedded = engineMode == null || engineMode.equalsIgnoreCase("embedded");
    boolean h2 = datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:");
    if (!embedded || !h2) {
      throw new IllegalStateException(
          "partner-engine.security.dev-users-enabled=true is refused here: the dev users (password = name) exist only on"
              + " the embedded engine with H2, and this app runs with engine mode '" + engineMode + "' and database '"
              + (datasourceUrl == null ? "none" : datasourceUrl.replaceAll("[?;].*", "")) + "'. Switch them off and log in"
              + " with accounts of your identity provider (partner-engine.security.mode=jwt).");
    }
  }
}
