package org.partnerengine.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.partnerengine.paging.PageView;
import org.partnerengine.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library as a partner sees it: the published assets its audience admits. Anything else (an
 * unpublished or retired asset, one outside the audience, another partner's id) answers 404, on
 * the list's items, the single asset and the download alike. Each download is recorded.
 */
@RestController
@Validated
class PartnerContentController {

  private final ContentLibrary library;

  PartnerContentController(ContentLibrary library) {
    this.library = library;
  }

  record PartnerAssetView(
      long id, String title, String description, ContentKind kind, String locale, int version, String fileName,
      String contentType, Long sizeBytes, boolean link, Instant publishedAt, String download) {}

  @GetMapping("/api/partners/{id}/content")
  PageView<PartnerAssetView> list(
      @PathVariable long id,
      @RequestParam(required = false) @Pattern(regexp = ContentController.LOCALE_TEXT, message = "must be a language such as en or de-DE") String locale,
      @RequestParam(required = false) ContentKind kind,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size,
      Authentication authentication) {
    Caller.forPartner(id, authentication);
    return PageView.of(
        library.visibleTo(id, locale, kind, PageRequest.of(page, size)),
        published -> view(id, published));
  }

  @GetMapping("/api/partners/{id}/content/{assetId}")
  PartnerAssetView get(@PathVariable long id, @PathVariable long assetId, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return view(id, library.visibleAsset(id, assetId));
  }

  /** The file as an attachment, or a redirect to the link; either way the view is recorded. */
  @GetMapping("/api/partners/{id}/content/{assetId}/download")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long assetId, Authentication authentication) throws IOException {
    Caller.forPartner(id, authentication);
    ContentLibrary.Download download = library.download(id, assetId, Caller.of(authentication).username());
    ContentVersion version = download.version();
    if (!version.isFile()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(version.getLink())).build();
    }
    try (InputStream file = download.file()) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(version.getContentType()))
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(version.getFileName(), StandardCharsets.UTF_8).build().toString())
          .header("X-Content-Type-Options", "nosniff")
          .body(file.readAllBytes());
    }
  }


  private static PartnerAssetView view(long partnerId, ContentLibrary.Published published) {
    ContentAsset a = published.asset();
    ContentVersion v = published.version();
    return new PartnerAssetView(
        a.getId(), a.getTitle(), a.getDescription(), a.getKind(), a.getLocale(), v.getNumber(), v.getFileName(), v.getContentType(),
        v.getSizeBytes(), !v.isFile(), v.getPublishedAt(), "/api/partners/" + partnerId + "/content/" + a.getId() + "/download");
  }
}
