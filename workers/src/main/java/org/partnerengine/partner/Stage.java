package org.partnerengine.partner;

import java.util.EnumSet;
import java.util.Set;

/** Where a partner stands in its lifecycle. Only the transitions listed here are allowed. */
public enum Stage {
  RECRUIT,
  ONBOARD,
  ENABLE,
  CERTIFY,
  ACTIVE,
  REJECTED,
  OFFBOARDED;

  /** The stages this one may move to. A partner may be offboarded from any stage but the ends. */
  public Set<Stage> next() {
    return switch (this) {
      case RECRUIT -> EnumSet.of(ONBOARD, REJECTED, OFFBOARDED);
      case ONBOARD -> EnumSet.of(ENABLE, OFFBOARDED);
      case ENABLE -> EnumSet.of(CERTIFY, OFFBOARDED);
      case CERTIFY -> EnumSet.of(ACTIVE, OFFBOARDED);
      case ACTIVE -> EnumSet.of(CERTIFY, OFFBOARDED);
      case REJECTED, OFFBOARDED -> EnumSet.noneOf(Stage.class);
    };
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
