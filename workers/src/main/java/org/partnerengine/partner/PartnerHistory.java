package org.partnerengine.partner;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a partner's history. An entry with an idempotency key is written at most once: a job
 * delivered again finds its entry and does nothing, and the unique key stops a concurrent twin.
 */
@Service
public class PartnerHistory {

  private final PartnerEvents events;
  private final Clock clock;

  public PartnerHistory(PartnerEvents events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records an event once per idempotency key.
   *
   * @return false when the key was recorded before: the caller has already done its work
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean recordOnce(
      String idempotencyKey, Partner partner, String type, String actor, String detail) {
    if (events.existsByIdempotencyKey(idempotencyKey)) {
      return false;
    }
    events.save(
        new PartnerEvent(
            partner.getId(),
            clock.instant(),
            type,
            partner.getStage(),
            actor,
            detail,
            idempotencyKey));
    return true;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Partner partner, String type, String actor, String detail) {
    events.save(
        new PartnerEvent(
            partner.getId(), clock.instant(), type, partner.getStage(), actor, detail, null));
  }
}
