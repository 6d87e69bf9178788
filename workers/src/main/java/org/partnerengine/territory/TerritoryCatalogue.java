package org.partnerengine.territory;

import java.time.Clock;
import java.util.Set;
import org.partnerengine.partner.Partners;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Territories and the partners' coverage of them, kept by partner managers. A territory name is
 * unique; a territory that partners cover is not deleted.
 */
@Service
public class TerritoryCatalogue {

  private final Territories territories;
  private final PartnerCoverages coverages;
  private final Partners partners;
  private final Clock clock;

  public TerritoryCatalogue(Territories territories, PartnerCoverages coverages, Partners partners, Clock clock) {
    this.territories = territories;
    this.coverages = coverages;
    this.partners = partners;
    this.clock = clock;
  }

  @Transactional
  public Territory create(TerritoryDefinition definition) {
    String name = definition.name().strip();
    if (territories.findByName(name).isPresent()) {
      throw new TerritoryNameTaken(name);
    }
    try {
      return territories.saveAndFlush(new Territory(name, definition.toAreas(), definition.directSalesGroup(), clock.instant()));
    } catch (DataIntegrityViolationException concurrentTwin) {
      throw new TerritoryNameTaken(name); // created meanwhile by a concurrent request
    }
  }

  @Transactional
  public Territory redefine(long id, TerritoryDefinition definition) {
    Territory territory = territories.require(id);
    String name = definition.name().strip();
    territories.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
      throw new TerritoryNameTaken(name);
    });
    territory.redefine(name, definition.toAreas(), definition.directSalesGroup(), clock.instant());
    try {
      return territories.saveAndFlush(territory);
    } catch (DataIntegrityViolationException concurrentTwin) {
      throw new TerritoryNameTaken(name);
    }
  }

  @Transactional
  public void delete(long id) {
    Territory territory = territories.require(id);
    long covering = coverages.countCovering(id);
    if (covering > 0) {
      throw new TerritoryInUse(id, covering);
    }
    territories.delete(territory);
  }

  @Transactional(readOnly = true)
  public Territory get(long id) {
    return territories.require(id);
  }

  @Transactional(readOnly = true)
  public Page<Territory> list(Pageable page) {
    return territories.findAllByOrderByName(page);
  }

  /** The partner's coverage; a partner nobody has set one for covers nothing, with no capacity. */
  @Transactional(readOnly = true)
  public PartnerCoverage coverage(long partnerId) {
    partners.require(partnerId);
    return coverages.findById(partnerId).orElseGet(() -> new PartnerCoverage(partnerId, clock.instant()));
  }

  @Transactional
  public PartnerCoverage defineCoverage(long partnerId, CoverageDefinition definition) {
    partners.require(partnerId);
    Set<Long> territoryIds = Set.copyOf(definition.territoryIds());
    territoryIds.forEach(territories::require);
    PartnerCoverage coverage = coverages.findById(partnerId).orElseGet(() -> new PartnerCoverage(partnerId, clock.instant()));
    coverage.define(territoryIds, Set.copyOf(definition.products()), definition.capacity(), clock.instant());
    return coverages.saveAndFlush(coverage);
  }
}
