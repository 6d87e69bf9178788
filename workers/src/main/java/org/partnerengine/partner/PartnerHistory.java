package org.partnerengine.partner;

import java.sql.ResultSet;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
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
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public PartnerHistory(PartnerEvents events, JdbcTemplate jdbc, Clock clock) {
    this.events = events;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Whether an entry with this idempotency key exists. Every job and every outside event asks, so
   * this is plain JDBC on the transaction's connection: a JPA query would first flush the session
   * and build its result through Hibernate. Entries are inserted as they are saved (identity ids),
   * so the transaction's own entries are seen too.
   */
  public boolean isRecorded(String idempotencyKey) {
    ResultSetExtractor<Boolean> anyRow = ResultSet::next;
    return Boolean.TRUE.equals(jdbc.query("select 1 from partner_event where idempotency_key = ?", anyRow, idempotencyKey));
  }

  /**
   * Records an event once per idempotency key.
   *
   * @return false when the key was recorded before: the caller has already done its work
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean recordOnce(
      String idempotencyKey, Partner partner, String type, String actor, String detail) {
    if (isRecorded(idempotencyKey)) {
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
