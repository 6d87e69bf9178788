package org.partnerengine.leads;

/** Why a partner closed a lead it took without a deal. */
public enum LostReason {
  NO_BUDGET,
  NO_DECISION,
  LOST_TO_COMPETITOR,
  NOT_A_FIT,
  UNREACHABLE
}
