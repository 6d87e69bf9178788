package org.partnerengine.feedback;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * NPS of the answers given in a period, for the programme or by tier, partner type or touchpoint
 * (the partner's tier and type as they were when it was invited). A group with fewer answers than
 * {@code partner-engine.feedback.minimum-group} shows only its count: a score of three people says
 * more about them than about the programme, and could name them.
 */
@Service
public class NpsReport {

  /** How the answers are grouped. */
  public enum Grouping {
    PROGRAMME,
    TIER,
    PARTNER_TYPE,
    TOUCHPOINT
  }

  /** One group; {@code nps}, {@code low} and {@code high} are absent where the group is too small. */
  public record Group(String group, int answers, boolean suppressed, Double nps, Double low, Double high, Integer promoters, Integer passives, Integer detractors) {}

  /**
   * @param detractorsFollowedUp detractors of the period whose follow-up was raised
   * @param closedLoopRate the share of those whose follow-up was completed and told, in percent
   */
  public record Result(Grouping by, LocalDate from, LocalDate to, int answers, List<Group> groups, int detractorsFollowedUp, int followUpsClosed, Double closedLoopRate) {}

  private final JdbcTemplate jdbc;
  private final FeedbackSettings settings;

  NpsReport(JdbcTemplate jdbc, FeedbackSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** The answers given from {@code from} up to {@code to} (exclusive), UTC days. */
  @Transactional(readOnly = true)
  public Result of(Grouping by, LocalDate from, LocalDate to) {
    List<Map<String, Object>> answers = jdbc.queryForList(
        "select score, touchpoint, tier, partner_type, follow_up_raised_at, follow_up_closed_at from survey_invitation"
            + " where answered_at >= ? and answered_at < ?",
        Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()), Timestamp.from(to.atStartOfDay(ZoneOffset.UTC).toInstant()));
    Map<String, List<Integer>> scores = new TreeMap<>();
    int followedUp = 0;
    int closed = 0;
    for (Map<String, Object> answer : answers) {
      int score = ((Number) answer.get("score")).intValue();
      scores.computeIfAbsent(groupOf(by, answer), g -> new ArrayList<>()).add(score);
      if (answer.get("follow_up_raised_at") != null) {
        followedUp++;
        if (answer.get("follow_up_closed_at") != null) {
          closed++;
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    scores.forEach((group, values) -> groups.add(group(group, values)));
    Double closedLoop = followedUp == 0 ? null : Math.round(1000.0 * closed / followedUp) / 10.0;
    return new Result(by, from, to, answers.size(), groups, followedUp, closed, closedLoop);
  }

  private Group group(String name, List<Integer> values) {
    if (values.size() < settings.minimumGroup()) {
      return new Group(name, values.size(), true, null, null, null, null, null, null);
    }
    Nps nps = Nps.of(values);
    return new Group(name, nps.answers(), false, nps.score(), nps.low(), nps.high(), nps.promoters(), nps.passives(), nps.detractors());
  }

  private static String groupOf(Grouping by, Map<String, Object> answer) {
    Object value = switch (by) {
      case PROGRAMME -> "programme";
      case TIER -> answer.get("tier") == null ? "NONE" : answer.get("tier");
      case PARTNER_TYPE -> answer.get("partner_type");
      case TOUCHPOINT -> answer.get("touchpoint");
    };
    return String.valueOf(value);
  }
}
