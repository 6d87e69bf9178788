package org.partnerengine.content;

import java.time.Clock;
import java.time.Duration;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.UnstartedProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the review of content versions submitted but never started: the engine did not answer
 * the start (it may not have taken it), or the app stopped before it did. A version qualifies while
 * it is IN_REVIEW without an instance ({@link UnstartedProcesses}); the review task binds the
 * instance when it reaches the inbox ({@link ContentInstances}).
 */
@Service
public class OrphanContentSubmissions {

  private static final Logger log = LoggerFactory.getLogger(OrphanContentSubmissions.class);

  private final UnstartedProcesses unstarted;
  private final ContentPublication publication;
  private final ContentVersions versions;
  private final TransactionTemplate transaction;

  public OrphanContentSubmissions(
      JdbcTemplate jdbc, ContentPublication publication, ContentVersions versions, TransactionTemplate transaction, Clock clock) {
    this.unstarted = new UnstartedProcesses("content_version", ContentStatus.IN_REVIEW.name(), "submitted_at", jdbc, transaction, clock);
    this.publication = publication;
    this.versions = versions;
    this.transaction = transaction;
  }

  /** Starts a review for each orphan older than the grace; answers how many were started. */
  public int sweep(Duration grace) {
    return unstarted.sweep(grace, this::start);
  }

  private boolean start(long versionId) {
    try {
      publication.start(transaction.execute(status -> versions.require(versionId)));
      log.info("Started the review of content version {}, submitted without one", versionId);
      return true;
    } catch (EngineUnavailable e) {
      log.warn("The review of content version {} is still not started: {}", versionId, e.getMessage());
      return false;
    }
  }
}
