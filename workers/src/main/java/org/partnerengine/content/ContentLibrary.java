package org.partnerengine.content;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.partnerengine.content.ContentAudienceRule.PartnerFacts;
import org.partnerengine.content.FileTypes.FileType;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enablement library: managers create assets and give them versions (a file or a link);
 * partners see the published version of the assets whose audience admits them, and each download
 * is recorded. Anything outside a partner's audience is, to that partner, not there at all.
 */
@Service
public class ContentLibrary {

  private final ContentAssets assets;
  private final ContentVersions versions;
  private final ContentViews views;
  private final ContentStorage storage;
  private final ContentAudienceRule audience;
  private final Partners partners;
  private final ContentSettings settings;
  private final Clock clock;

  public ContentLibrary(
      ContentAssets assets,
      ContentVersions versions,
      ContentViews views,
      ContentStorage storage,
      ContentAudienceRule audience,
      Partners partners,
      ContentSettings settings,
      Clock clock) {
    this.assets = assets;
    this.versions = versions;
    this.views = views;
    this.storage = storage;
    this.audience = audience;
    this.partners = partners;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  public ContentAsset create(ContentDescription description, String username) {
    return assets.save(new ContentAsset(description, username, clock.instant()));
  }

  @Transactional(readOnly = true)
  public Page<ContentAsset> all(Pageable pageable) {
    return assets.findAllByOrderByIdDesc(pageable);
  }

  @Transactional(readOnly = true)
  public ContentAsset asset(long assetId) {
    return assets.require(assetId);
  }

  @Transactional(readOnly = true)
  public List<ContentVersion> versionsOf(long assetId) {
    assets.require(assetId);
    return versions.findByAssetIdOrderByNumberDesc(assetId);
  }

  /**
   * Stores a file as the asset's draft version (a new version when the latest is no draft). The
   * file's type is read from its bytes; its size is checked against the limit.
   */
  @Transactional
  public ContentVersion upload(long assetId, String fileName, byte[] content, String username) {
    if (content.length > settings.maxFileSize().toBytes()) {
      throw new ContentRejected(
          ContentRejected.Reason.TOO_LARGE, "The file has " + content.length + " bytes; the library takes at most " + settings.maxFileSize().toBytes());
    }
    FileType type =
        FileTypes.sniff(content)
            .orElseThrow(
                () -> new ContentRejected(ContentRejected.Reason.UNSUPPORTED_TYPE, "The file is none of PDF, PPTX, DOCX, XLSX, PNG, JPEG or ZIP"));
    ContentVersion draft = draftOf(assetId, username);
    draft.attachFile(safeName(fileName, type), type.mediaType(), content.length, sha256(content));
    versions.saveAndFlush(draft);
    storage.store(draft.getId(), content);
    return draft;
  }

  @Transactional
  public ContentVersion link(long assetId, String link, String username) {
    ContentVersion draft = draftOf(assetId, username);
    draft.attachLink(link);
    return versions.save(draft);
  }

  private ContentVersion draftOf(long assetId, String username) {
    assets.require(assetId);
    Optional<ContentVersion> latest = versions.findFirstByAssetIdOrderByNumberDesc(assetId);
    if (latest.isPresent() && latest.get().getStatus() == ContentStatus.DRAFT) {
      return latest.get();
    }
    if (latest.isPresent() && latest.get().getStatus() == ContentStatus.IN_REVIEW) {
      throw new ContentNotReady(latest.get().getId(), "is in review: a new version waits until it is decided");
    }
    int number = latest.map(v -> v.getNumber() + 1).orElse(1);
    return versions.save(new ContentVersion(assetId, number, username, clock.instant()));
  }

  /** The asset's latest version, marked submitted; the caller starts or resumes its review. */
  @Transactional
  public ContentVersion markSubmitted(long assetId) {
    assets.require(assetId);
    ContentVersion latest =
        versions.findFirstByAssetIdOrderByNumberDesc(assetId).orElseThrow(() -> new ContentNotReady(null, "of asset " + assetId + " does not exist yet"));
    latest.submit(null, clock.instant());
    return latest;
  }

  @Transactional
  public void started(long versionId, long processInstanceKey) {
    versions.require(versionId).started(processInstanceKey);
  }

  /** The published assets this partner's audience admits, filtered by locale and kind. */
  @Transactional(readOnly = true)
  public Page<Published> visibleTo(long partnerId, String locale, ContentKind kind, Pageable pageable) {
    PartnerFacts facts = audience.factsOf(partners.require(partnerId));
    List<ContentAsset> visible =
        assets.findByPublishedVersionIdIsNotNullOrderByIdDesc().stream()
            .filter(a -> locale == null || inLanguage(a.getLocale(), locale))
            .filter(a -> kind == null || a.getKind() == kind)
            .filter(a -> audience.admits(facts, a))
            .toList();
    int from = (int) Math.min(pageable.getOffset(), visible.size());
    int to = Math.min(from + pageable.getPageSize(), visible.size());
    List<Published> page = visible.subList(from, to).stream().map(a -> new Published(a, versions.require(a.getPublishedVersionId()))).toList();
    return new PageImpl<>(page, pageable, visible.size());
  }

  /** One asset as a partner sees it: {@link ContentNotFound} when unpublished or outside its audience. */
  @Transactional(readOnly = true)
  public Published visibleAsset(long partnerId, long assetId) {
    ContentAsset asset = assets.findById(assetId).orElseThrow(() -> new ContentNotFound(assetId));
    if (asset.getPublishedVersionId() == null || !audience.admits(audience.factsOf(partners.require(partnerId)), asset)) {
      throw new ContentNotFound(assetId);
    }
    return new Published(asset, versions.require(asset.getPublishedVersionId()));
  }

  /** An asset with the version partners see. */
  public record Published(ContentAsset asset, ContentVersion version) {}

  /** What a download hands out: the file (a stream to close) or the link. */
  public record Download(ContentVersion version, InputStream file) {}

  /** Records the view and hands out the published version, if the partner may see it. */
  @Transactional
  public Download download(long partnerId, long assetId, String username) {
    Published published = visibleAsset(partnerId, assetId);
    ContentVersion version = published.version();
    views.save(new ContentView(assetId, version.getId(), partnerId, username, clock.instant()));
    return new Download(version, version.isFile() ? storage.open(version.getId()) : null);
  }

  @Transactional(readOnly = true)
  public long viewCount(long assetId) {
    return views.countByAssetId(assetId);
  }

  @Transactional(readOnly = true)
  public Page<ContentView> views(long assetId, Pageable pageable) {
    assets.require(assetId);
    return views.findByAssetIdOrderByIdDesc(assetId, pageable);
  }

  /** "de" finds assets in de and de-AT; "de-AT" only those in de-AT. */
  static boolean inLanguage(String assetLocale, String asked) {
    return assetLocale.equalsIgnoreCase(asked) || assetLocale.toLowerCase().startsWith(asked.toLowerCase() + "-");
  }

  /** The client's file name without any path, and with the extension of the type it really is. */
  static String safeName(String fileName, FileType type) {
    String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    base = base.isBlank() ? "file" : base.substring(0, Math.min(base.length(), 200));
    return base + "." + type.extension();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
