package org.partnerengine.ecosystem;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.ProcessStarter;
import org.partnerengine.partner.PartnerIdPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The jobs of account-mapping-refresh and intro-request. */
@Component
class EcosystemWorkers {

  static final String INTRO_REQUEST = "intro-request";
  private static final Logger log = LoggerFactory.getLogger(EcosystemWorkers.class);

  private final JdbcTemplate jdbc;
  private final AccountPlays plays;
  private final ProcessStarter engine;
  private final EcosystemSettings settings;

  EcosystemWorkers(JdbcTemplate jdbc, AccountPlays plays, ProcessStarter engine, EcosystemSettings settings) {
    this.jdbc = jdbc;
    this.plays = plays;
    this.engine = engine;
    this.settings = settings;
  }

  record MappedPartners(List<Long> partnerIds, Long afterPartnerId, boolean morePartners, String refreshInterval) {}

  /** One page of the partners that share some population as overlaps: only they can have plays. */
  @JobWorker(type = "ecosystem.list-mapped-partners")
  MappedPartners listMappedPartners(@Variable(optional = true) Long afterPartnerId) {
    int pageSize = settings.refreshPageSize();
    List<Long> ids = jdbc.queryForList(
        "select distinct partner_id from shared_population where sharing_level = 'OVERLAPS' and partner_id > ? order by partner_id limit ?",
        Long.class, PartnerIdPage.after(afterPartnerId), pageSize + 1);
    PartnerIdPage page = PartnerIdPage.of(ids, pageSize);
    return new MappedPartners(page.partnerIds(), page.afterPartnerId(), page.morePartners(), settings.refreshInterval().toString());
  }

  record Raised(int introRequestsStarted) {}

  /**
   * Raises the partner's plays, then starts an intro-request for each play not yet started. The
   * plays are committed first; a start that is lost is made again by the next delivery or round,
   * and the second instance finds the play taken and ends.
   */
  @JobWorker(type = "ecosystem.raise-plays")
  Raised raisePlays(@Variable long partnerId, @Variable List<Map<String, Object>> playTable) {
    int started = 0;
    for (long playId : plays.raise(partnerId, rules(playTable))) {
      try {
        long instance = engine.start("intro-request for play " + playId, INTRO_REQUEST, AccountPlays.introVariables(playId));
        plays.started(playId, instance);
        started++;
      } catch (EngineUnavailable e) {
        log.warn("Play {} waits for the next round: {}", playId, e.getMessage());
      }
    }
    return new Raised(started);
  }

  /** The round's decisions; a play the DMN names that this version does not know stops the job with an incident. */
  static List<AccountPlays.PlayRule> rules(List<Map<String, Object>> playTable) {
    return playTable.stream()
        .map(row -> new AccountPlays.PlayRule(
            AccountPopulation.valueOf(String.valueOf(row.get("vendorPopulation"))),
            AccountPopulation.valueOf(String.valueOf(row.get("partnerPopulation"))),
            row.get("play") == null ? Play.NONE : Play.valueOf(String.valueOf(row.get("play")))))
        .toList();
  }

  record Offered(boolean duplicate, String playAnswerWindow) {}

  @JobWorker(type = "ecosystem.offer-play")
  Offered offerPlay(ActivatedJob job, @Variable long playId) {
    boolean offered = plays.offer(playId, job.getProcessInstanceKey(), settings.playAnswerWindow());
    return new Offered(!offered, settings.playAnswerWindow().toString());
  }

  @JobWorker(type = "ecosystem.expire-play")
  void expirePlay(@Variable long playId) {
    plays.expire(playId);
  }
}
