package org.partnerengine.partner;

/** How a partner sells: the fit scoring, curricula and incentives all depend on it. */
public enum PartnerType {
  RESELLER,
  DISTRIBUTOR,
  SYSTEM_INTEGRATOR,
  MSP,
  REFERRAL,
  /** A technology partner whose product integrates with ours: it builds, it does not resell. */
  TECHNOLOGY_ALLIANCE,
  /** Runs, extends and supports deployments for customers (consultancies, managed service firms). */
  SERVICE_PROVIDER
}
