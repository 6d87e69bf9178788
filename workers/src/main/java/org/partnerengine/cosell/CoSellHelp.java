package org.partnerengine.cosell;

/** What a partner asks the vendor's direct sales for on one of its deals. */
public enum CoSellHelp {
  EXECUTIVE_SPONSOR,
  TECHNICAL_PRESALES,
  PRICING_APPROVAL,
  JOINT_CUSTOMER_MEETING,
  PROOF_OF_CONCEPT,
  OTHER
}
