package org.partnerengine.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one partner takes on in selling: the territories it covers, the products it is specialised
 * in, and its capacity (how many leads it takes in 30 days).
 */
@Entity
public final class PartnerCoverage {

  @Id private Long partnerId;

  private int capacity;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "partner_territory", joinColumns = @JoinColumn(name = "partner_id"))
  @Column(name = "territory_id")
  private Set<Long> territoryIds = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "partner_specialisation", joinColumns = @JoinColumn(name = "partner_id"))
  @Column(name = "product")
  private Set<String> products = new TreeSet<>();

  private Instant updatedAt;

  @Version private long version;

  protected PartnerCoverage() {}

  public PartnerCoverage(long partnerId, Instant at) {
    this.partnerId = partnerId;
    this.updatedAt = at;
  }

  public void define(Set<Long> territories, Set<String> specialisations, int leadsPer30Days, Instant at) {
    if (leadsPer30Days < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    territoryIds.clear();
    territoryIds.addAll(territories);
    products.clear();
    products.addAll(specialisations);
    capacity = leadsPer30Days;
    updatedAt = at;
  }

  public boolean isSpecialisedIn(String product) {
    return products.contains(product);
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public int getCapacity() {
    return capacity;
  }

  public Set<Long> getTerritoryIds() {
    return Set.copyOf(territoryIds);
  }

  public Set<String> getProducts() {
    return Set.copyOf(products);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
