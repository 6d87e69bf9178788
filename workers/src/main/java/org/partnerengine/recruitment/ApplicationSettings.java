package org.partnerengine.recruitment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an applicant waits for the engine.
 *
 * @param answerWithin how long an application waits for the engine to create its lifecycle: a
 *     start taken in time answers 201 with the instance key, a start still under way answers 202
 *     and goes on (the lifecycle's first step binds the key; the orphan sweep restarts one that
 *     then fails); while the engine takes more than half of it to answer starts (a moving
 *     average), a new application does not wait and answers 202 at once
 * @param engineBehindAt how many starts waiting for the engine mean it is behind: with that many
 *     already waiting, a new application does not wait for its own start (it would not be taken in
 *     time) and answers 202 at once
 * @param maxPendingStarts how many starts may wait for the engine at once; past that an
 *     application answers 503 with nothing stored
 */
@ConfigurationProperties("partner-engine.applications")
public record ApplicationSettings(Duration answerWithin, Integer engineBehindAt, Integer maxPendingStarts) {

  public ApplicationSettings {
    answerWithin = answerWithin == null ? Duration.ofMillis(50) : answerWithin;
    engineBehindAt = engineBehindAt == null ? 10 : engineBehindAt;
    maxPendingStarts = maxPendingStarts == null ? 1000 : maxPendingStarts;
    if (answerWithin.isNegative()) {
      throw new IllegalArgumentException("partner-engine.applications.answer-within must not be negative");
    }
    if (engineBehindAt < 1) {
      throw new IllegalArgumentException("partner-engine.applications.engine-behind-at must be at least 1");
    }
    if (maxPendingStarts < 1) {
      throw new IllegalArgumentException("partner-engine.applications.max-pending-starts must be at least 1");
    }
  }

  /** The defaults: every setting from its default. */
  public static ApplicationSettings defaults() {
    return new ApplicationSettings(null, null, null);
  }
}
