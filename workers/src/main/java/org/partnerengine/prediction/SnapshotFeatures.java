package org.partnerengine.prediction;

import java.math.BigDecimal;
import java.util.List;

/**
 * What was known of an active partner at the start of a day: every figure is read from facts
 * strictly before it. Missing values are left null here and filled when the model reads them
 * ({@link #vector()}): no lead offers decided gives the programme's usual acceptance, no survey
 * answer a neutral NPS score, each with an indicator the model can weigh.
 *
 * @param daysSinceLastWin days since the partner's last verified win, {@link #NO_WIN_DAYS} when none
 *     in that time
 * @param winRateTrend the win rate of the last 180 days minus that of the 180 days before (0 when
 *     either has no closed deal)
 * @param leadAcceptanceRate accepted of the lead offers whose window closed in the last 180 days
 */
public record SnapshotFeatures(
    int daysSinceLastWin,
    int winsLast180Days,
    BigDecimal winRateTrend,
    int activeCertificates,
    boolean certificateExpiringSoon,
    int mdfRequestsLast180Days,
    int libraryViewsLast90Days,
    BigDecimal leadAcceptanceRate,
    Integer npsScore,
    int daysInStage) {

  /** The most days since a win a snapshot tells apart: any longer reads as never. */
  public static final int NO_WIN_DAYS = 730;

  private static final double USUAL_ACCEPTANCE = 0.5;
  private static final double NEUTRAL_NPS = 7;

  /** The model's features, in the order of {@link #vector()}. */
  public static final List<String> NAMES =
      List.of(
          "daysSinceLastWin", "winsLast180Days", "winRateTrend", "activeCertificates", "certificateExpiringSoon",
          "mdfRequestsLast180Days", "libraryViewsLast90Days", "leadAcceptanceRate", "noLeadOffers", "npsScore", "noNpsAnswer",
          "daysInStage");

  public double[] vector() {
    return new double[] {
      daysSinceLastWin,
      winsLast180Days,
      winRateTrend.doubleValue(),
      activeCertificates,
      certificateExpiringSoon ? 1 : 0,
      mdfRequestsLast180Days,
      libraryViewsLast90Days,
      leadAcceptanceRate == null ? USUAL_ACCEPTANCE : leadAcceptanceRate.doubleValue(),
      leadAcceptanceRate == null ? 1 : 0,
      npsScore == null ? NEUTRAL_NPS : npsScore,
      npsScore == null ? 1 : 0,
      daysInStage
    };
  }
}
