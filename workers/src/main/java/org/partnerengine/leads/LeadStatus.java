package org.partnerengine.leads;

/**
 * Where a lead stands. RECEIVED until its lead-distribution instance applies the rules of
 * engagement; then it goes to direct sales, to the partner that owns the customer (ASSIGNED), or is
 * routed through offers (ROUTING) until a partner accepts it or partner managers triage it.
 */
public enum LeadStatus {
  RECEIVED,
  ROUTING,
  ACCEPTED,
  ASSIGNED,
  DIRECT_SALES,
  TRIAGE,
  CLOSED,
  /** The partner registered a deal for the customer from it (or had one already). */
  CONVERTED,
  /** The partner closed it as lost, with a reason. */
  LOST
}
