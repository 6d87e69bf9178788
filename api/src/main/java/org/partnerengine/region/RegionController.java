package org.partnerengine.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.partnerengine.rebates.Quarter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The programme's regions and their launches: partner managers only (see SecurityConfiguration). */
@RestController
class RegionController {

  private static final String CODE = "[A-Z][A-Z0-9_]{1,31}";
  /** Years a database's datetime holds (MySQL: from 1000). */
  private static final String QUARTER = "[12][0-9]{3}-Q[1-4]";

  private final RegionCatalogue catalogue;
  private final RegionSums sums;
  private final Clock clock;

  RegionController(RegionCatalogue catalogue, RegionSums sums, Clock clock) {
    this.catalogue = catalogue;
    this.sums = sums;
    this.clock = clock;
  }

  @GetMapping("/api/regions")
  List<RegionView> list() {
    return catalogue.list().stream().map(this::view).toList();
  }

  @PostMapping("/api/regions")
  ResponseEntity<RegionView> define(@Valid @RequestBody RegionDefinition definition) {
    Region region = catalogue.define(definition);
    return ResponseEntity.created(URI.create("/api/regions/" + region.getCode())).body(view(region));
  }

  @GetMapping("/api/regions/{code}")
  RegionView get(@PathVariable @Pattern(regexp = CODE) String code) {
    return view(catalogue.get(code));
  }

  @PutMapping("/api/regions/{code}")
  RegionView change(@PathVariable @Pattern(regexp = CODE) String code, @Valid @RequestBody RegionChange change) {
    return view(catalogue.change(code, change));
  }

  /** The region's MDF budgets by quarter and tier (seeded when a quarter is first drawn on). */
  @GetMapping("/api/regions/{code}/mdf-budgets")
  List<RegionCatalogue.Budget> budgets(@PathVariable @Pattern(regexp = CODE) String code) {
    return catalogue.budgets(code);
  }

  /**
   * The region's quarter (this one when none is named) in the programme currency and its own: won
   * revenue, MDF reserved and paid, rebates (docs/api.md, Money).
   */
  @GetMapping("/api/regions/{code}/totals")
  RegionSums.RegionTotals totals(
      @PathVariable @Pattern(regexp = CODE) String code,
      @RequestParam(required = false) @Pattern(regexp = QUARTER, message = "must be a quarter such as 2026-Q4") String quarter) {
    return sums.totals(code, quarter == null ? Quarter.containing(clock.instant()) : Quarter.parse(quarter));
  }

  /** Starts the launch checklist; 202: the region is LAUNCHING and goes live when its process says so. */
  @PostMapping("/api/regions/{code}/launch")
  ResponseEntity<RegionView> launch(@PathVariable @Pattern(regexp = CODE) String code, Authentication authentication) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(catalogue.launch(code, authentication.getName())));
  }

  private RegionView view(Region region) {
    return RegionView.of(region, catalogue.baseCurrencyOf(region), catalogue.heldApplications(region.getId()));
  }
}
