package org.partnerengine.cosell;

/**
 * A partner's part in a deal it shares: the owner registered it; a co-seller SOURCED the customer,
 * INFLUENCED the decision or is FULFILLING the delivery.
 */
public enum SplitRole {
  OWNER,
  SOURCED,
  INFLUENCED,
  FULFILLING
}
