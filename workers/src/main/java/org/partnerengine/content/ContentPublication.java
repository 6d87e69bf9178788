package org.partnerengine.content;

import java.time.Duration;
import java.util.Map;
import org.partnerengine.engine.MessagePublisher;
import org.partnerengine.engine.MessagePublisher.Message;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Service;

/**
 * Submits an asset's latest version for review: the first submission of a version starts its
 * content-publication instance (one per version); a version sent back and submitted again resumes
 * the same instance through the content-resubmitted message. The version is stored as submitted
 * before the engine is asked, and a submission whose start was lost starts again when repeated.
 */
@Service
public class ContentPublication {

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

  public ContentVersion submit(long assetId) {
    ContentVersion version = library.markSubmitted(assetId);
    if (version.getProcessInstanceKey() == null) {
      long key =
          engine.start(
              "the review of content version " + version.getId(),
              BPMN_PROCESS_ID,
              Map.of(
                  "contentVersionId", version.getId(),
                  "contentAssetId", version.getAssetId(),
                  "contentReviewGrace", settings.reviewGrace().toString()));
      library.started(version.getId(), key);
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
}
