package org.partnerengine.notification;

import java.util.Optional;

/**
 * The address a partner's portal account logs in with, where its invitation and password resets
 * go (a reset must reach the address that asked for it, even if the contact e-mail changed).
 */
public interface AccountAddresses {
  Optional<String> loginOf(long partnerId);
}
