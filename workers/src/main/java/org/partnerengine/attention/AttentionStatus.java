package org.partnerengine.attention;

/** OPEN while the cause holds (a follow-up was raised); CLEARED once it went away. */
public enum AttentionStatus {
  OPEN,
  CLEARED
}
