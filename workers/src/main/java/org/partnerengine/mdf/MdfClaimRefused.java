package org.partnerengine.mdf;

/** A claim the request cannot take: not reserved (yet or any more), claimed before, or too large. */
public class MdfClaimRefused extends RuntimeException {
  public MdfClaimRefused(String message) {
    super(message);
  }
}
