package org.partnerengine.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.partnerengine.paging.PageView;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.security.Caller;
import org.partnerengine.web.ProblemResponses;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The enablement library as managers keep it: create an asset, give it a file or a link, submit
 * it for review (the content-publication process), list the assets and see who downloaded them.
 * Approvers may read the list.
 */
@RestController
@Validated
class ContentController {

  /** A link partners follow: http(s) only, so no script runs from it. */
  static final String LINK_TEXT = "https?://[^\\s<>\"]+";
  static final String LOCALE_TEXT = "[a-z]{2}(-[A-Z]{2})?";

  private final ContentLibrary library;
  private final ContentPublication publication;

  ContentController(ContentLibrary library, ContentPublication publication) {
    this.library = library;
    this.publication = publication;
  }

  record Audience(
      @Size(max = 5) List<@NotNull PartnerType> partnerTypes,
      @Pattern(regexp = "REGISTERED|SILVER|GOLD|PLATINUM", message = "must be REGISTERED, SILVER, GOLD or PLATINUM") String minimumTier,
      @Size(max = 60) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a country code such as DE") String> countries,
      @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}", message = "must be an exam id") String certificate) {

    ContentAudience toAudience() {
      return new ContentAudience(
          partnerTypes == null ? List.of() : partnerTypes.stream().map(Enum::name).distinct().toList(),
          minimumTier,
          countries == null ? List.of() : countries.stream().distinct().toList(),
          certificate);
    }
  }

  record NewAsset(
      @NotBlank @Size(max = 200) String title,
      @Size(max = 2000) String description,
      @NotNull ContentKind kind,
      @NotBlank @Pattern(regexp = LOCALE_TEXT, message = "must be a language such as en or de-DE") String locale,
      @Valid Audience audience) {

    ContentDescription toDescription() {
      return new ContentDescription(
          title.strip(), description == null || description.isBlank() ? null : description.strip(), kind, locale, audience == null ? null : audience.toAudience());
    }
  }

  record NewLink(@NotBlank @Size(max = 2000) @Pattern(regexp = LINK_TEXT, message = "must be an http or https address") String link) {}

  record VersionView(
      long id, int number, ContentStatus status, String fileName, String contentType, Long sizeBytes, String link,
      String reviewComment, Instant reviewDate, Instant publishedAt, Instant retiredAt) {

    static VersionView of(ContentVersion v) {
      return new VersionView(
          v.getId(), v.getNumber(), v.getStatus(), v.getFileName(), v.getContentType(), v.getSizeBytes(), v.getLink(),
          v.getReviewComment(), v.getReviewDate(), v.getPublishedAt(), v.getRetiredAt());
    }
  }

  record AssetView(
      long id, String title, String description, ContentKind kind, String locale, ContentAudience audience,
      Long publishedVersionId, long views, Instant createdAt, List<VersionView> versions) {}

  record ViewRecord(long versionId, long partnerId, String username, Instant viewedAt) {}

  @PostMapping("/api/content")
  ResponseEntity<AssetView> create(@Valid @RequestBody NewAsset asset, Authentication authentication) {
    ContentAsset created = library.create(asset.toDescription(), Caller.of(authentication).username());
    return ResponseEntity.created(URI.create("/api/content/" + created.getId())).body(view(created, true));
  }

  @GetMapping("/api/content")
  PageView<AssetView> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    return PageView.of(library.all(PageRequest.of(page, size)), a -> view(a, false));
  }

  @GetMapping("/api/content/{assetId}")
  AssetView get(@PathVariable long assetId) {
    return view(library.asset(assetId), true);
  }

  @PostMapping(path = "/api/content/{assetId}/file", consumes = "multipart/form-data")
  @ResponseStatus(HttpStatus.CREATED)
  VersionView upload(@PathVariable long assetId, @RequestPart("file") MultipartFile file, Authentication authentication)
      throws IOException {
    if (file.isEmpty()) {
      throw ProblemResponses.invalidField("file", "must not be empty");
    }
    return VersionView.of(library.upload(assetId, file.getOriginalFilename(), file.getBytes(), Caller.of(authentication).username()));
  }

  @PutMapping("/api/content/{assetId}/link")
  VersionView link(@PathVariable long assetId, @Valid @RequestBody NewLink link, Authentication authentication) {
    return VersionView.of(library.link(assetId, link.link(), Caller.of(authentication).username()));
  }

  @PostMapping("/api/content/{assetId}/submission")
  @ResponseStatus(HttpStatus.ACCEPTED)
  VersionView submit(@PathVariable long assetId) {
    return VersionView.of(publication.submit(assetId));
  }

  @GetMapping("/api/content/{assetId}/views")
  PageView<ViewRecord> views(
      @PathVariable long assetId,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    return PageView.of(
        library.views(assetId, PageRequest.of(page, size)), v -> new ViewRecord(v.getVersionId(), v.getPartnerId(), v.getUsername(), v.getViewedAt()));
  }

  private AssetView view(ContentAsset a, boolean withVersions) {
    return new AssetView(
        a.getId(), a.getTitle(), a.getDescription(), a.getKind(), a.getLocale(), a.getAudience(), a.getPublishedVersionId(),
        library.viewCount(a.getId()), a.getCreatedAt(),
        withVersions ? library.versionsOf(a.getId()).stream().map(VersionView::of).toList() : null);
  }
}
