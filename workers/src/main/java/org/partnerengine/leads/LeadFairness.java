package org.partnerengine.leads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnerengine.analytics.Percentiles;
import org.partnerengine.territory.TerritoryNotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether lead distribution in a territory is fair: each covering partner's share of the offers
 * against its share of the weight the rules gave it, its acceptance and conversion, and how fast it
 * accepts, over the leads received in a period, in total and by source.
 *
 * <p>The weight share is what a fair draw would give: for every round that had candidates, the
 * partner's weight over the round's total weight, averaged over those rounds. A partner left out
 * of a round (at capacity, declined before) has no weight there, so a full partner is not counted
 * as treated unfairly for the leads it could not take.
 */
@Service
public class LeadFairness {

  /** One covering partner's figures; shares and rates in percent, times in hours. */
  public record PartnerShare(
      long partnerId,
      String companyName,
      int offers,
      BigDecimal offerShare,
      BigDecimal weightShare,
      int accepted,
      int declined,
      int expired,
      BigDecimal acceptanceRate,
      int converted,
      BigDecimal conversionRate,
      Double hoursToAcceptMedian,
      Double hoursToAcceptP90) {}

  public record SourceFigures(String source, int leads, int offers, int accepted, int converted) {}

  public record Report(
      long territoryId, Instant from, Instant to, int leads, int offers, int rounds, List<PartnerShare> partners, List<SourceFigures> bySource) {}

  private final JdbcTemplate jdbc;

  public LeadFairness(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Report of(long territoryId, Instant from, Instant to) {
    Integer known = jdbc.queryForObject("select count(*) from territory where id = ?", Integer.class, territoryId);
    if (known == null || known == 0) {
      throw new TerritoryNotFound(territoryId);
    }
    Timestamp since = Timestamp.from(from);
    Timestamp until = Timestamp.from(to);
    // The territory's leads: their country is one of its areas', and their postcode starts with the
    // area's prefix where it has one.
    String inTerritory =
        " from sales_lead l where l.received_at >= ? and l.received_at < ? and exists (select 1 from territory_area a"
            + " where a.territory_id = ? and a.country = l.country"
            + " and (a.postcode_prefix = '' or a.postcode_prefix is null or l.postcode like concat(a.postcode_prefix, '%')))";
    Map<Long, String> sourceOfLead = new HashMap<>();
    Map<Long, String> statusOfLead = new HashMap<>();
    Map<Long, Long> partnerOfLead = new HashMap<>();
    jdbc.query(
        "select l.id, l.source, l.status, l.partner_id" + inTerritory,
        rs -> {
          long id = rs.getLong(1);
          sourceOfLead.put(id, rs.getString(2));
          statusOfLead.put(id, rs.getString(3));
          long partner = rs.getLong(4);
          if (!rs.wasNull()) {
            partnerOfLead.put(id, partner);
          }
        },
        since, until, territoryId);

    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.query(
        "select p.id, p.company_name from partner_territory t join partner p on p.id = t.partner_id where t.territory_id = ? order by p.id",
        rs -> {
          names.put(rs.getLong(1), rs.getString(2));
        },
        territoryId);

    Map<Long, int[]> counts = new HashMap<>(); // offers, accepted, declined, expired, converted
    Map<Long, List<Duration>> toAccept = new HashMap<>();
    Map<String, int[]> sources = new TreeMap<>(); // leads, offers, accepted, converted
    sourceOfLead.values().forEach(source -> sources.computeIfAbsent(source, s -> new int[4])[0]++);
    int[] offers = {0};
    if (!sourceOfLead.isEmpty()) {
      jdbc.query(
          "select o.lead_id, o.partner_id, o.status, o.offered_at, o.decided_at from lead_offer o where o.assigned = false and o.lead_id in (select l.id"
              + inTerritory + ")",
          rs -> {
            long lead = rs.getLong(1);
            long partner = rs.getLong(2);
            String status = rs.getString(3);
            names.putIfAbsent(partner, null);
            int[] c = counts.computeIfAbsent(partner, p -> new int[5]);
            int[] s = sources.computeIfAbsent(sourceOfLead.get(lead), x -> new int[4]);
            c[0]++;
            s[1]++;
            offers[0]++;
            switch (status) {
              case "ACCEPTED" -> {
                c[1]++;
                s[2]++;
                Timestamp decided = rs.getTimestamp(5);
                if (decided != null) {
                  toAccept.computeIfAbsent(partner, p -> new ArrayList<>())
                      .add(Duration.between(rs.getTimestamp(4).toInstant(), decided.toInstant()));
                }
              }
              case "DECLINED" -> c[2]++;
              case "EXPIRED" -> c[3]++;
              default -> { }
            }
          },
          since, until, territoryId);
    }
    partnerOfLead.forEach((lead, partner) -> {
      if ("CONVERTED".equals(statusOfLead.get(lead))) {
        counts.computeIfAbsent(partner, p -> new int[5])[4]++;
        sources.get(sourceOfLead.get(lead))[3]++;
      }
    });

    // Each round's weights: the fair share of that round.
    Map<String, Map<Long, BigDecimal>> rounds = new HashMap<>();
    if (!sourceOfLead.isEmpty()) {
      jdbc.query(
          "select c.lead_id, c.round, c.partner_id, c.weight from lead_candidate c where c.excluded_reason is null and c.weight is not null"
              + " and c.lead_id in (select l.id" + inTerritory + ")",
          rs -> {
            rounds.computeIfAbsent(rs.getLong(1) + ":" + rs.getInt(2), r -> new HashMap<>()).put(rs.getLong(3), rs.getBigDecimal(4));
          },
          since, until, territoryId);
    }
    Map<Long, BigDecimal> weightShareSum = new HashMap<>();
    int weightedRounds = 0;
    for (Map<Long, BigDecimal> round : rounds.values()) {
      BigDecimal total = round.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.signum() == 0) {
        continue;
      }
      weightedRounds++;
      round.forEach((partner, weight) ->
          weightShareSum.merge(partner, weight.divide(total, 10, RoundingMode.HALF_EVEN), BigDecimal::add));
    }

    List<PartnerShare> partners = new ArrayList<>();
    for (Map.Entry<Long, String> partner : names.entrySet()) {
      long id = partner.getKey();
      int[] c = counts.getOrDefault(id, new int[5]);
      List<Duration> times = toAccept.getOrDefault(id, new ArrayList<>());
      times.sort(Comparator.naturalOrder());
      // Taken: the leads that ended with this partner (accepted, assigned, then converted or lost).
      int taken = (int) partnerOfLead.values().stream().filter(owner -> owner == id).count();
      partners.add(new PartnerShare(
          id,
          partner.getValue() != null ? partner.getValue() : companyName(id),
          c[0],
          percent(c[0], offers[0]),
          weightedRounds == 0 ? BigDecimal.ZERO.setScale(1)
              : weightShareSum.getOrDefault(id, BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                  .divide(BigDecimal.valueOf(weightedRounds), 1, RoundingMode.HALF_EVEN),
          c[1], c[2], c[3],
          percent(c[1], c[0]),
          c[4],
          percent(c[4], taken),
          hours(Percentiles.of(times, 50)),
          hours(Percentiles.of(times, 90))));
    }
    List<SourceFigures> bySource = new ArrayList<>();
    sources.forEach((source, s) -> bySource.add(new SourceFigures(source, s[0], s[1], s[2], s[3])));
    return new Report(territoryId, from, to, sourceOfLead.size(), offers[0], weightedRounds, partners, bySource);
  }

  private String companyName(long partnerId) {
    return jdbc.queryForObject("select company_name from partner where id = ?", String.class, partnerId);
  }

  private static BigDecimal percent(int part, int whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
  }

  private static Double hours(Duration duration) {
    return duration == null ? null : Math.round(duration.toMinutes() / 6.0) / 10.0;
  }
}
