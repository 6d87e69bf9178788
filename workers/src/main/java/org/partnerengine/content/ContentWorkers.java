package org.partnerengine.content;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.partnerengine.content.ContentAudienceRule.PartnerFacts;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service tasks of content-publication, each idempotent per version: the version's status
 * guards publish and retire, and one notification per version and partner.
 */
@Component
public class ContentWorkers {

  static final String SEND_BACK = "content.send-back";
  static final String PUBLISH = "content.publish";
  static final String NOTIFY_AUDIENCE = "content.notify-audience";
  static final String RENEW = "content.renew";
  static final String RETIRE = "content.retire";
  static final String PUBLISHED_TEMPLATE = "content-published";
  private static final int PAGE = 200;

  private final ContentAssets assets;
  private final ContentVersions versions;
  private final ContentAudienceRule audience;
  private final Partners partners;
  private final NotificationOutbox outbox;
  private final ContentSettings settings;
  private final Clock clock;

  public ContentWorkers(
      ContentAssets assets,
      ContentVersions versions,
      ContentAudienceRule audience,
      Partners partners,
      NotificationOutbox outbox,
      ContentSettings settings,
      Clock clock) {
    this.assets = assets;
    this.versions = versions;
    this.audience = audience;
    this.partners = partners;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  @JobWorker(type = SEND_BACK)
  @Transactional
  public void sendBack(@Variable long contentVersionId, @Variable(optional = true) String comment) {
    versions.require(contentVersionId).sendBack(comment);
  }

  /** Publishes the version in place of the asset's previous one; answers the first review date. */
  @JobWorker(type = PUBLISH)
  @Transactional
  public Map<String, Object> publish(@Variable long contentVersionId) {
    ContentVersion version = versions.require(contentVersionId);
    Instant now = clock.instant();
    Instant reviewDate = version.getReviewDate() != null && version.getReviewDate().isAfter(now) ? version.getReviewDate() : now.plus(settings.reviewPeriod());
    if (version.publish(reviewDate, now)) {
      ContentAsset asset = assets.require(version.getAssetId());
      if (asset.getPublishedVersionId() != null && asset.getPublishedVersionId() != contentVersionId) {
        versions.require(asset.getPublishedVersionId()).supersede(now);
      }
      asset.publish(contentVersionId, now);
    }
    return Map.of("reviewDate", version.getReviewDate().toString());
  }

  /** One mail per partner of the audience, keyed by version and partner: a rerun adds none. */
  @JobWorker(type = NOTIFY_AUDIENCE)
  @Transactional
  public Map<String, Object> notifyAudience(@Variable long contentVersionId) {
    ContentVersion version = versions.require(contentVersionId);
    ContentAsset asset = assets.require(version.getAssetId());
    Map<String, String> values = Map.of("assetTitle", asset.getTitle(), "assetKind", asset.getKind().name());
    int notified = 0;
    Page<Partner> page = partners.findAll(PageRequest.of(0, PAGE, Sort.by("id")));
    while (true) {
      for (Partner partner : page) {
        PartnerFacts facts = audience.factsOf(partner);
        if (audience.admits(facts, asset)) {
          outbox.enqueue(partner.getId(), PUBLISHED_TEMPLATE, PUBLISHED_TEMPLATE + ":" + contentVersionId + ":" + partner.getId(), values);
          notified++;
        }
      }
      if (!page.hasNext()) {
        break;
      }
      page = partners.findAll(page.nextPageable());
    }
    return Map.of("notified", notified);
  }

  /**
   * Sets the next review date: the reviewer's, or one review period from now when the review is
   * due. A review date already in the future (this job ran before) stays as it is.
   */
  @JobWorker(type = RENEW)
  @Transactional
  public Map<String, Object> renew(@Variable long contentVersionId, @Variable(optional = true) String nextReviewDate) {
    ContentVersion version = versions.require(contentVersionId);
    Instant now = clock.instant();
    Instant next = parse(nextReviewDate);
    if (next != null && next.isAfter(now)) {
      version.renew(next);
    } else if (version.getReviewDate() == null || !version.getReviewDate().isAfter(now)) {
      version.renew(now.plus(settings.reviewPeriod()));
    }
    Instant reviewDate = version.getReviewDate();
    return Map.of("reviewDate", (reviewDate != null && reviewDate.isAfter(now) ? reviewDate : now.plus(settings.reviewPeriod())).toString());
  }

  @JobWorker(type = RETIRE)
  @Transactional
  public void retire(@Variable long contentVersionId) {
    ContentVersion version = versions.require(contentVersionId);
    Instant now = clock.instant();
    version.retire(now);
    assets.require(version.getAssetId()).withdraw(contentVersionId, now);
  }

  private static Instant parse(String date) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
