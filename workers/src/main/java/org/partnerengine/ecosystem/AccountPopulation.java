package org.partnerengine.ecosystem;

/**
 * The account lists that are mapped against each other, on either side: a partner's own lists,
 * and the vendor's, which come from its deals and leads.
 */
public enum AccountPopulation {
  CUSTOMERS,
  OPEN_OPPORTUNITIES,
  PROSPECTS
}
