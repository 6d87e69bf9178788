package org.partnerengine.region;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The programme's regions and their launches: partner managers only (see SecurityConfiguration). */
@RestController
class RegionController {

  private static final String CODE = "[A-Z][A-Z0-9_]{1,31}";

  private final RegionCatalogue catalogue;

  RegionController(RegionCatalogue catalogue) {
    this.catalogue = catalogue;
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

  /** Starts the launch checklist; 202: the region is LAUNCHING and goes live when its process says so. */
  @PostMapping("/api/regions/{code}/launch")
  ResponseEntity<RegionView> launch(@PathVariable @Pattern(regexp = CODE) String code, Authentication authentication) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(catalogue.launch(code, authentication.getName())));
  }

  private RegionView view(Region region) {
    return RegionView.of(region, catalogue.baseCurrencyOf(region), catalogue.heldApplications(region.getId()));
  }
}
