package org.partnerengine.curriculum;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A partner's standing on one exam in its current certification cycle. {@code attemptsLeft} counts
 * the catalogue's attempts only: another attempt a manager grants after a review is not in it.
 */
public record ExamProgress(
    String examId,
    String title,
    String description,
    String link,
    boolean catalogued,
    BigDecimal passMark,
    int maxAttempts,
    int attemptsUsed,
    int attemptsLeft,
    boolean passed,
    BigDecimal bestScore,
    Instant lastAttemptAt) {}
