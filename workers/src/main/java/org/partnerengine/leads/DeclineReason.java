package org.partnerengine.leads;

/** Why a partner declined a lead offered to it. */
public enum DeclineReason {
  NOT_A_FIT,
  NO_CAPACITY,
  SPAM
}
