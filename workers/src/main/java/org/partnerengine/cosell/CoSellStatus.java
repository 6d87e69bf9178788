package org.partnerengine.cosell;

/** Where a co-sell request stands: OPEN until direct sales accepts or declines it. */
public enum CoSellStatus {
  OPEN,
  ACCEPTED,
  DECLINED
}
