package org.partnerengine.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Next quarter's won revenue, and the parts it is made of (docs/analytics.md, "Forecast").
 *
 * @param partnerId null for the whole programme
 * @param history won revenue of the four complete quarters before {@code asOf}'s quarter, oldest first
 * @param trend the least-squares line through {@code history}, extended to the target quarter (at least 0)
 * @param winRate won / (won + lost) of the deals closed in those four quarters (the programme's when
 *     the partner closed none)
 * @param pipeline open deals at {@code asOf} expected to close in the target quarter
 * @param weightedPipeline {@code pipeline * winRate}
 * @param pipelineCoverage the share of the history's won revenue that came from deals registered
 *     before their quarter began (0..1; 0 without history)
 * @param forecast {@code weightedPipeline + (1 - pipelineCoverage) * trend}
 */
public record Forecast(
    Long partnerId,
    String quarter,
    Instant asOf,
    List<BigDecimal> history,
    BigDecimal trend,
    BigDecimal winRate,
    BigDecimal pipeline,
    BigDecimal weightedPipeline,
    BigDecimal pipelineCoverage,
    BigDecimal forecast) {}
