package org.partnerengine.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A named sales territory: the countries, or parts of countries by postcode prefix, it covers. */
@Entity
public final class Territory {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "territory_area", joinColumns = @JoinColumn(name = "territory_id"))
  private Set<Area> areas = new LinkedHashSet<>();

  /** Answers co-sell requests on deals here; null: the programme's default direct sales group. */
  private String directSalesGroup;

  private Instant createdAt;
  private Instant updatedAt;

  @Version private long version;

  protected Territory() {}

  public Territory(String name, List<Area> areas, Instant at) {
    this(name, areas, null, at);
  }

  public Territory(String name, List<Area> areas, String directSalesGroup, Instant at) {
    this.name = name;
    this.areas.addAll(areas);
    this.directSalesGroup = directSalesGroup;
    this.createdAt = at;
    this.updatedAt = at;
  }

  void redefine(String newName, List<Area> newAreas, String newDirectSalesGroup, Instant at) {
    name = newName;
    directSalesGroup = newDirectSalesGroup;
    areas.clear();
    areas.addAll(newAreas);
    updatedAt = at;
  }

  /** Whether a place (country, postcode) lies in one of the territory's areas. */
  public boolean covers(String country, String postcode) {
    return areas.stream().anyMatch(area -> area.covers(country, postcode));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Set<Area> getAreas() {
    return Set.copyOf(areas);
  }

  public String getDirectSalesGroup() {
    return directSalesGroup;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
