package org.partnerengine.partner;

/** How a partner sells: the fit scoring, curricula and incentives all depend on it. */
public enum PartnerType {
  RESELLER,
  DISTRIBUTOR,
  SYSTEM_INTEGRATOR,
  MSP,
  REFERRAL
}
