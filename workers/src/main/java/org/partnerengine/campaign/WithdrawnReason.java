package org.partnerengine.campaign;

/** Why a partner that opted in did not launch. */
public enum WithdrawnReason {
  /** The campaign ended before the partner's co-brand profile was complete. */
  CO_BRAND_INCOMPLETE,
  /** The MDF request for the vendor's share was rejected, by an approver or the budget. */
  FUNDS_REFUSED
}
