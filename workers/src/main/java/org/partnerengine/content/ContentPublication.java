package org.partnerengine.content;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.MessagePublisher;
import org.partnerengine.engine.MessagePublisher.Message;
import org.partnerengine.engine.ProcessStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Submits an asset's latest version for review: the first submission of a version starts its
 * content-publication instance (one per version); a version sent back and submitted again resumes
 * the same instance through the content-resubmitted message. The version is stored as submitted
 * before the engine is asked; a start that was lost is recovered by {@link OrphanContentSubmissions},
 * and the review task binds its instance when it reaches the inbox ({@link ContentInstances}).
 */
@Service
public class ContentPublication {

  private static final Logger log = LoggerFactory.getLogger(ContentPublication.class);

  public static final String BPMN_PROCESS_ID = "content-publication";
  static final String RESUBMITTED = "content-resubmitted";

  private final ContentLibrary library;
  private final ProcessStarter engine;
  private final MessagePublisher messages;
  private final ContentSettings settings;

  public ContentPublication(ContentLibrary library, ProcessStarter engine, MessagePublisher messages, ContentSettings settings) {
    this.library = library;
    this.engine = engine;
    this.messages = messages;
    this.settings = settings;
  }

  /**
   * Submits the latest version. A start the engine does not answer leaves the version in review
   * without an instance: {@link OrphanContentSubmissions} starts it after the grace.
   */
  public ContentVersion submit(long assetId) {
    ContentVersion version = library.markSubmitted(assetId);
    if (version.getProcessInstanceKey() == null) {
      try {
        start(version);
      } catch (EngineUnavailable e) {
        log.warn("The review of content version {} is not started yet, the orphan sweep will: {}", version.getId(), e.getMessage());
      }
    } else {
      messages.publish(
          new Message(
              RESUBMITTED,
              String.valueOf(version.getId()),
              RESUBMITTED + ":" + version.getId() + ":" + version.getVersionStamp(),
              Duration.ofDays(1),
              Map.of()));
    }
    return version;
  }

  /** Starts the version's review instance and binds it. */
  void start(ContentVersion version) {
    long key =
        engine.start(
            "the review of content version " + version.getId(),
            BPMN_PROCESS_ID,
            Map.of(
                "contentVersionId", version.getId(),
                "contentAssetId", version.getAssetId(),
                "contentReviewGrace", settings.reviewGrace().toString()));
    library.started(version.getId(), key);
  }
}
