package org.partnerengine.attention;

/** Why a partner needs its manager: slipping, or ready for more. */
public enum AttentionKind {
  AT_RISK,
  READY_TO_GROW
}
