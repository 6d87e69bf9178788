package org.partnerengine.leads;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partners a partner competes with, kept by partner managers (a partner naming its own
 * competitors could keep leads from anyone it likes). Lead routing never offers a lead to a
 * competitor of a partner that worked it.
 */
@RestController
class CompetitorController {

  private final Competitors competitors;

  CompetitorController(Competitors competitors) {
    this.competitors = competitors;
  }

  record CompetitorList(@NotNull @Size(max = Competitors.MOST) Set<@NotNull Long> partnerIds) {}

  @GetMapping("/api/partners/{id}/competitors")
  CompetitorList competitors(@PathVariable long id) {
    return new CompetitorList(competitors.of(id));
  }

  @PutMapping("/api/partners/{id}/competitors")
  CompetitorList define(@PathVariable long id, @Valid @RequestBody CompetitorList list, Authentication authentication) {
    return new CompetitorList(competitors.set(id, list.partnerIds(), authentication.getName()));
  }
}
