package org.partnerengine.prediction;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.partnerengine.analytics.GeneratedHistory;
import org.partnerengine.analytics.GeneratedHistory.GeneratedDeal;

/**
 * Generated partner history with churn planted by known causes: each partner has a hidden health
 * that drifts month by month; healthy partners win more deals and read more of the library, and
 * the sickest are offboarded now and then. Nothing of the health is stored: snapshots see only its
 * traces in deals, views, surveys and certificates.
 */
final class ChurnHistory {

  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private ChurnHistory() {}

  /**
   * Health h drifts: h' = 0.93 h + N(0, 0.35). Wins ~ Poisson(e^(-0.4 + 1.3 h)) a month, views ~
   * Poisson(e^(0.8 + 0.7 h)); a partner joins in the year before the history or during it.
   */
  static void generate(DataSource dataSource, Random random, int partners, int months) {
    GeneratedHistory history = new GeneratedHistory(dataSource);
    List<GeneratedDeal> deals = new ArrayList<>();
    for (int p = 0; p < partners; p++) {
      // Partners join over the years (some before the history starts), so time in the programme varies.
      int joined = random.nextInt(months + 12) - 12;
      Instant joinedAt = START.atZone(ZoneOffset.UTC).plusMonths(joined).toInstant();
      long partnerId = history.partner("ACTIVE", "SILVER", joinedAt.minus(Duration.ofDays(60)));
      history.stageEntered(partnerId, "ACTIVE", joinedAt.minus(Duration.ofDays(20)));
      history.certificate(partnerId, "sales-exam", 1, "ACTIVE", joinedAt.minus(Duration.ofDays(60)), joinedAt.plus(Duration.ofDays(670)));
      double health = random.nextGaussian();
      List<Instant> views = new ArrayList<>();
      for (int m = joined; m < months; m++) {
        Instant month = START.atZone(ZoneOffset.UTC).plusMonths(m).toInstant();
        health = 0.93 * health + 0.35 * random.nextGaussian();
        for (int w = poisson(random, Math.exp(-0.4 + 1.3 * health)); w > 0; w--) {
          Instant closed = within(random, month);
          deals.add(new GeneratedDeal(partnerId, BigDecimal.valueOf(10_000), "WON", closed.minus(Duration.ofDays(30)), closed,
              LocalDate.ofInstant(closed, ZoneOffset.UTC)));
        }
        for (int l = poisson(random, 0.6); l > 0; l--) {
          Instant closed = within(random, month);
          deals.add(new GeneratedDeal(partnerId, BigDecimal.valueOf(10_000), "LOST", closed.minus(Duration.ofDays(30)), closed,
              LocalDate.ofInstant(closed, ZoneOffset.UTC)));
        }
        for (int v = poisson(random, Math.exp(0.8 + 0.7 * health)); v > 0; v--) {
          views.add(within(random, month));
        }
        if (m % 6 == 3) {
          history.surveyAnswer(partnerId, (int) Math.max(0, Math.min(10, Math.round(7 + 1.5 * health + random.nextGaussian()))), within(random, month));
        }
        if (m == joined + 22 && health > -0.5) {
          history.certificate(partnerId, "sales-exam", 2, "ACTIVE", month, month.plus(Duration.ofDays(730)));
        }
        if (health < -1.6 && random.nextDouble() < 0.08) {
          history.event(partnerId, "OFFBOARDED", "OFFBOARDED", within(random, month));
          break;
        }
      }
      history.libraryViews(partnerId, views);
    }
    history.deals(deals);
  }

  private static Instant within(Random random, Instant month) {
    return month.plus(Duration.ofMinutes(random.nextInt(28 * 24 * 60)));
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      product *= random.nextDouble();
      n++;
    }
    return n;
  }

}
