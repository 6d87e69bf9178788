package org.partnerengine.ecosystem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plays the overlaps call for. A play is raised once per partner, account and play, however
 * often the refresh finds the overlap again; its intro-request instance offers it to the partner,
 * who accepts or declines it before the answer window closes.
 */
@Service
public class AccountPlays {

  /** One row of DMN overlap-play as the refresh round evaluated it. */
  public record PlayRule(AccountPopulation vendorPopulation, AccountPopulation partnerPopulation, Play play) {}

  private final JdbcTemplate jdbc;
  private final AccountOverlaps overlaps;
  private final Clock clock;

  AccountPlays(JdbcTemplate jdbc, AccountOverlaps overlaps, Clock clock) {
    this.jdbc = jdbc;
    this.overlaps = overlaps;
    this.clock = clock;
  }

  /**
   * Raises the plays of the partner's overlaps that both sides share as accounts, and answers the
   * partner's plays still waiting for their intro-request instance (those raised now, and any a
   * failed start left behind).
   */
  @Transactional
  public List<Long> raise(long partnerId, List<PlayRule> rules) {
    Timestamp now = Timestamp.from(clock.instant());
    for (OverlapMatrix.Cell cell : overlaps.of(partnerId).cells()) {
      if (cell.visibleAs() != SharingLevel.OVERLAPS || cell.accounts().isEmpty()) {
        continue;
      }
      Play play = playFor(rules, cell);
      if (play == Play.NONE) {
        continue;
      }
      for (String domain : cell.accounts()) {
        Integer raised = jdbc.queryForObject(
            "select count(*) from account_play where partner_id = ? and domain = ? and play = ?", Integer.class, partnerId, domain, play.name());
        if (raised == 0) {
          try {
            jdbc.update(
                "insert into account_play (partner_id, domain, play, vendor_population, partner_population, status, raised_at)"
                    + " values (?, ?, ?, ?, ?, 'NEW', ?)",
                partnerId, domain, play.name(), cell.vendorPopulation().name(), cell.partnerPopulation().name(), now);
          } catch (DuplicateKeyException raisedMeanwhile) {
            // Another round raised it first: once is enough.
          }
        }
      }
    }
    return unstarted(partnerId);
  }

  /**
   * Links each of the partner's accepted plays to the first deal registered for its account after
   * the partner accepted it, by anyone: the partner influenced that deal. Once linked, a play keeps
   * its deal. Deals are matched on the registrable domain, the account or any host under it.
   */
  @Transactional
  public int recordInfluence(long partnerId) {
    List<Map<String, Object>> accepted = jdbc.queryForList(
        "select id, domain, answered_at from account_play where partner_id = ? and status = 'ACCEPTED' and influenced_deal_id is null",
        partnerId);
    int linked = 0;
    for (Map<String, Object> play : accepted) {
      String domain = (String) play.get("domain");
      List<Map<String, Object>> deals = jdbc.queryForList(
          "select id, customer_domain from deal where (customer_domain = ? or customer_domain like ?) and registered_at >= ? order by registered_at, id",
          domain, "%." + domain, play.get("answered_at"));
      for (Map<String, Object> deal : deals) {
        if (AccountDomain.registrable((String) deal.get("customer_domain")).filter(domain::equals).isPresent()) {
          linked += jdbc.update(
              "update account_play set influenced_deal_id = ? where id = ? and influenced_deal_id is null", deal.get("id"), play.get("id"));
          break;
        }
      }
    }
    return linked;
  }

  @Transactional(readOnly = true)
  public List<Long> unstarted(long partnerId) {
    return jdbc.queryForList(
        "select id from account_play where partner_id = ? and status = 'NEW' and process_instance_key is null order by id", Long.class, partnerId);
  }

  /** Remembers the instance that offers the play, so a later round does not start another. */
  @Transactional
  public void started(long playId, long processInstanceKey) {
    jdbc.update("update account_play set process_instance_key = ? where id = ? and process_instance_key is null", processInstanceKey, playId);
  }

  /**
   * Offers the play to the partner on behalf of this instance: true when it does (also again, for
   * a redelivered job), false when another instance offers it already.
   */
  @Transactional
  public boolean offer(long playId, long processInstanceKey, Duration answerWindow) {
    Instant now = clock.instant();
    int offered = jdbc.update(
        "update account_play set status = 'OFFERED', process_instance_key = ?, expires_at = ?"
            + " where id = ? and status = 'NEW' and (process_instance_key is null or process_instance_key = ?)",
        processInstanceKey, Timestamp.from(now.plus(answerWindow)), playId, processInstanceKey);
    if (offered == 1) {
      return true;
    }
    Long owner = jdbc.query("select process_instance_key from account_play where id = ?",
        row -> row.next() ? (Long) row.getObject(1, Long.class) : null, playId);
    return owner != null && owner == processInstanceKey;
  }

  /** The window closed without an answer; an answer that came first stands. */
  @Transactional
  public void expire(long playId) {
    jdbc.update("update account_play set status = 'EXPIRED' where id = ? and status = 'OFFERED'", playId);
  }

  /** The partner's answer, while the play is offered to it and its window is open. */
  @Transactional
  public AccountPlay answer(long partnerId, long playId, boolean accepted, String note, String answeredBy) {
    Timestamp now = Timestamp.from(clock.instant());
    int answered = jdbc.update(
        "update account_play set status = ?, answered_at = ?, answered_by = ?, answer_note = ?"
            + " where id = ? and partner_id = ? and status = 'OFFERED' and expires_at > ?",
        accepted ? "ACCEPTED" : "DECLINED", now, answeredBy, note, playId, partnerId, now);
    if (answered == 0) {
      Integer own = jdbc.queryForObject("select count(*) from account_play where id = ? and partner_id = ?", Integer.class, playId, partnerId);
      throw own == 0 ? new PlayNotFound(playId) : new PlayNotOpen(playId);
    }
    return require(playId);
  }

  @Transactional(readOnly = true)
  public List<AccountPlay> of(long partnerId) {
    return jdbc.query("select * from account_play where partner_id = ? order by id desc", AccountPlays::play, partnerId);
  }

  AccountPlay require(long playId) {
    return jdbc.queryForObject("select * from account_play where id = ?", AccountPlays::play, playId);
  }

  private static Play playFor(List<PlayRule> rules, OverlapMatrix.Cell cell) {
    return rules.stream()
        .filter(rule -> rule.vendorPopulation() == cell.vendorPopulation() && rule.partnerPopulation() == cell.partnerPopulation())
        .map(PlayRule::play)
        .findFirst()
        .orElse(Play.NONE);
  }

  private static AccountPlay play(ResultSet row, int index) throws SQLException {
    return new AccountPlay(
        row.getLong("id"),
        row.getLong("partner_id"),
        row.getString("domain"),
        Play.valueOf(row.getString("play")),
        AccountPopulation.valueOf(row.getString("vendor_population")),
        AccountPopulation.valueOf(row.getString("partner_population")),
        PlayStatus.valueOf(row.getString("status")),
        instant(row.getTimestamp("raised_at")),
        instant(row.getTimestamp("expires_at")),
        instant(row.getTimestamp("answered_at")),
        row.getString("answer_note"),
        (Long) row.getObject("influenced_deal_id", Long.class));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
