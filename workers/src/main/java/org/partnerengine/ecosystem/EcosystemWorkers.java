package org.partnerengine.ecosystem;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.ProcessInstanceKey;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.partner.PartnerIdPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The jobs of account-mapping-refresh and intro-request. */
@Component
public class EcosystemWorkers {

  private static final Logger log = LoggerFactory.getLogger(EcosystemWorkers.class);

  private final JdbcTemplate jdbc;
  private final AccountPlays plays;
  private final IntroRequestProcess introRequests;
  private final EcosystemSettings settings;

  public EcosystemWorkers(JdbcTemplate jdbc, AccountPlays plays, IntroRequestProcess introRequests, EcosystemSettings settings) {
    this.jdbc = jdbc;
    this.plays = plays;
    this.introRequests = introRequests;
    this.settings = settings;
  }

  public record MappedPartners(List<Long> partnerIds, Long afterPartnerId, boolean morePartners, String refreshInterval) {}

  /** One page of the partners that share some population as overlaps: only they can have plays. */
  @JobWorker(type = "ecosystem.list-mapped-partners")
  public MappedPartners listMappedPartners(@Variable(optional = true) Long afterPartnerId) {
    int pageSize = settings.refreshPageSize();
    List<Long> ids = jdbc.queryForList(
        "select distinct partner_id from shared_population where sharing_level = 'OVERLAPS' and partner_id > ? order by partner_id limit ?",
        Long.class, PartnerIdPage.after(afterPartnerId), pageSize + 1);
    PartnerIdPage page = PartnerIdPage.of(ids, pageSize);
    return new MappedPartners(page.partnerIds(), page.afterPartnerId(), page.morePartners(), settings.refreshInterval().toString());
  }

  /**
   * Links the partner's accepted plays to the deals that followed them, raises its new plays, then
   * starts an intro-request for each play not yet started. The plays are committed first; a start
   * that is lost is made again by the next delivery or round, and the second instance finds the
   * play taken and ends. It answers nothing: a redelivery must answer as the first delivery did.
   */
  @JobWorker(type = "ecosystem.raise-plays")
  public void raisePlays(@Variable long partnerId, @Variable List<Map<String, Object>> playTable) {
    plays.recordInfluence(partnerId);
    for (long playId : plays.raise(partnerId, rules(playTable))) {
      try {
        long instance = introRequests.start(playId);
        plays.started(playId, instance);
      } catch (EngineUnavailable e) {
        log.warn("Play {} waits for the next round: {}", playId, e.getMessage());
      }
    }
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

  public record Offered(boolean duplicate, String playAnswerWindow) {}

  @JobWorker(type = "ecosystem.offer-play")
  public Offered offerPlay(@ProcessInstanceKey long processInstanceKey, @Variable long playId) {
    boolean offered = plays.offer(playId, processInstanceKey, settings.playAnswerWindow());
    return new Offered(!offered, settings.playAnswerWindow().toString());
  }

  @JobWorker(type = "ecosystem.expire-play")
  public void expirePlay(@Variable long playId) {
    plays.expire(playId);
  }
}
