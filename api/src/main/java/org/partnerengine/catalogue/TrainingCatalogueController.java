package org.partnerengine.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The courses and exams of the training platform: everyone in the programme reads them, managers
 * add, change and retire them. Ids are the ones the training platform reports completions and
 * results with.
 */
@RestController
@RequestMapping("/api/training-catalogue")
@Validated
class TrainingCatalogueController {

  /** The ids the training platform reports with (see the events' courseId and examId), within the column's 64. */
  static final String ID_TEXT = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

  /** A link partners follow to the training platform: http(s) only, so no script runs from it. */
  private static final String LINK_TEXT = "https?://[^\\s<>\"]+";

  private final TrainingCatalogue catalogue;

  TrainingCatalogueController(TrainingCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  record Description(
      @NotBlank @Size(max = 200) String title,
      @Size(max = 2000) String description,
      @Size(max = 500) @Pattern(regexp = LINK_TEXT, message = "must be an http or https address") String link,
      @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal passMark,
      @Min(1) @Max(100) Integer maxAttempts) {

    CatalogueDescription toDescription() {
      return new CatalogueDescription(title.strip(), blankToNull(description), blankToNull(link), passMark, maxAttempts);
    }
  }

  record NewEntry(
      @NotBlank @Pattern(regexp = ID_TEXT) String id,
      @NotNull TrainingKind kind,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 2000) String description,
      @Size(max = 500) @Pattern(regexp = LINK_TEXT, message = "must be an http or https address") String link,
      @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal passMark,
      @Min(1) @Max(100) Integer maxAttempts) {}

  record EntryView(
      String id,
      TrainingKind kind,
      String title,
      String description,
      String link,
      BigDecimal passMark,
      Integer maxAttempts,
      boolean retired,
      Instant updatedAt,
      Instant retiredAt) {

    static EntryView of(CatalogueEntry e) {
      return new EntryView(
          e.getId(), e.getKind(), e.getTitle(), e.getDescription(), e.getLink(), e.getPassMark(), e.getMaxAttempts(),
          e.isRetired(), e.getUpdatedAt(), e.getRetiredAt());
    }
  }

  @GetMapping
  List<EntryView> entries(@RequestParam(defaultValue = "false") boolean includeRetired) {
    return catalogue.list(includeRetired).stream().map(EntryView::of).toList();
  }

  @GetMapping("/{entryId}")
  EntryView entry(@PathVariable @Pattern(regexp = ID_TEXT) String entryId) {
    return EntryView.of(catalogue.require(entryId));
  }

  @PostMapping
  ResponseEntity<EntryView> add(@Valid @RequestBody NewEntry body) {
    CatalogueEntry added =
        catalogue.add(
            body.id(),
            body.kind(),
            new Description(body.title(), body.description(), body.link(), body.passMark(), body.maxAttempts()).toDescription());
    return ResponseEntity.created(URI.create("/api/training-catalogue/" + added.getId())).body(EntryView.of(added));
  }

  @PutMapping("/{entryId}")
  EntryView describe(@PathVariable @Pattern(regexp = ID_TEXT) String entryId, @Valid @RequestBody Description body) {
    return EntryView.of(catalogue.describe(entryId, body.toDescription()));
  }

  /** Retires the entry: partners are no longer offered it; what they did on it stays. */
  @PostMapping("/{entryId}/retirement")
  EntryView retire(@PathVariable @Pattern(regexp = ID_TEXT) String entryId) {
    return EntryView.of(catalogue.retire(entryId));
  }

  /** Two managers changing one entry at once: the entry's version lets the first through. */
  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail changedConcurrently(ObjectOptimisticLockingFailureException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The entry changed while this change was stored; reload it and try again");
    problem.setTitle("Course or exam changed concurrently");
    return problem;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
