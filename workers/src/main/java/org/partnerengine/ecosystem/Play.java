package org.partnerengine.ecosystem;

/** What an overlap asks for, as DMN {@code overlap-play} decides it. */
public enum Play {
  /** Our prospect is the partner's customer: the partner introduces us. */
  ASK_FOR_INTRODUCTION,
  /** Our open opportunity is at the partner's customer: we sell it together. */
  CO_SELL,
  /** Our customer is the partner's prospect: we refer the partner. */
  REFER,
  /** Counted, nothing to do. */
  NONE
}
