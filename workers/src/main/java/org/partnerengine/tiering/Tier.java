package org.partnerengine.tiering;

/** The programme's tiers, lowest first: the order is what makes a change an upgrade or a downgrade. */
public enum Tier {
  REGISTERED,
  SILVER,
  GOLD,
  PLATINUM;

  /** A partner that was never tiered stands at the lowest tier. */
  public static Tier of(String name) {
    return name == null || name.isBlank() ? REGISTERED : valueOf(name);
  }

  public boolean isAbove(Tier other) {
    return compareTo(other) > 0;
  }
}
