package org.partnerengine.territory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.partnerengine.paging.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Territories and the partners' coverage of them: partner managers only (see SecurityConfiguration). */
@RestController
class TerritoryController {

  private final TerritoryCatalogue catalogue;

  TerritoryController(TerritoryCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/api/territories")
  PageView<TerritoryView> list(
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    return PageView.of(catalogue.list(PageRequest.of(page, size)), TerritoryView::of);
  }

  @PostMapping("/api/territories")
  ResponseEntity<TerritoryView> create(@Valid @RequestBody TerritoryDefinition definition) {
    Territory territory = catalogue.create(definition);
    return ResponseEntity.created(URI.create("/api/territories/" + territory.getId())).body(TerritoryView.of(territory));
  }

  @GetMapping("/api/territories/{id}")
  TerritoryView get(@PathVariable long id) {
    return TerritoryView.of(catalogue.get(id));
  }

  @PutMapping("/api/territories/{id}")
  TerritoryView redefine(@PathVariable long id, @Valid @RequestBody TerritoryDefinition definition) {
    return TerritoryView.of(catalogue.redefine(id, definition));
  }

  @DeleteMapping("/api/territories/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    catalogue.delete(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/partners/{partnerId}/coverage")
  CoverageView coverage(@PathVariable long partnerId) {
    return CoverageView.of(catalogue.coverage(partnerId));
  }

  @PutMapping("/api/partners/{partnerId}/coverage")
  CoverageView defineCoverage(@PathVariable long partnerId, @Valid @RequestBody CoverageDefinition definition) {
    return CoverageView.of(catalogue.defineCoverage(partnerId, definition));
  }
}
