package org.partnerengine.attention;

/** Starts and closes the follow-up process of a partner and reason. */
public interface FollowUps {

  /** Publishes {@code attention-raised} (message start; one follow-up per key at a time). */
  void raise(PartnerAttention attention);

  /** Publishes {@code attention-cleared} to the running follow-up, if any. */
  void clear(PartnerAttention attention);
}
