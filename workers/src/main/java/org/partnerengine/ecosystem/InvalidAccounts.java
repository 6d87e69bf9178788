package org.partnerengine.ecosystem;

import java.util.List;

/**
 * A shared list that cannot be taken as it is: entries that name no registrable domain, or more
 * accounts than a population holds. Nothing of it is stored, and the list shared before stays.
 */
public class InvalidAccounts extends RuntimeException {

  /** An entry that names no registrable domain: its position in the list and the text given. */
  public record Refused(int index, String entry) {}

  private final List<Refused> refused;

  public InvalidAccounts(String message, List<Refused> refused) {
    super(message);
    this.refused = List.copyOf(refused);
  }

  public List<Refused> refused() {
    return refused;
  }
}
