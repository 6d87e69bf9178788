package org.partnerengine.banking;

/**
 * The partner tried to change its payout account after onboarding. Redirecting payouts is a classic
 * fraud, so from then on only finance changes it.
 */
public class BankingDetailsLocked extends RuntimeException {

  public BankingDetailsLocked(long partnerId) {
    super("Partner " + partnerId + " is past onboarding: its banking details are changed by finance only");
  }
}
