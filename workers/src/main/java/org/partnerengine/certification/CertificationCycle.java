package org.partnerengine.certification;

/** The first certification of a partner is cycle 1; the lifecycle does not pass it, renewals do. */
final class CertificationCycle {

  private CertificationCycle() {}

  static int orFirst(Integer cycle) {
    return cycle == null ? 1 : cycle;
  }
}
