package org.partnerengine.content;

/** What an enablement library asset is, as the library lists and filters it. */
public enum ContentKind {
  SALES_DECK,
  BATTLE_CARD,
  PRICE_LIST,
  TEMPLATE,
  OTHER
}
