package org.partnerengine.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A market the programme runs in: its countries, base currency, default locale and approver
 * groups. Its status only moves forward, PLANNED to LAUNCHING to LIVE; applications from its
 * countries are held until it is LIVE.
 */
@Entity
public final class Region {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;

  /** Null: the programme currency. */
  private String baseCurrency;

  private String defaultLocale;

  @Enumerated(EnumType.STRING)
  private RegionStatus status;

  /** Takes every country no other region names. */
  private boolean catchAll;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "region_country", joinColumns = @JoinColumn(name = "region_id"))
  @Column(name = "country")
  private Set<String> countries = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "region_approver_group", joinColumns = @JoinColumn(name = "region_id"))
  @Column(name = "group_name")
  private Set<String> approverGroups = new TreeSet<>();

  private String legalEntity;
  private String taxForm;
  private String launchRequestedBy;
  private Instant launchRequestedAt;
  private Instant liveSince;
  private Long processInstanceKey;
  private Instant createdAt;

  @Version private long version;

  protected Region() {}

  Region(
      String code, String name, String baseCurrency, String defaultLocale, Collection<String> countries, Collection<String> approverGroups, Instant at) {
    this.code = code;
    this.status = RegionStatus.PLANNED;
    this.createdAt = at;
    describe(name, baseCurrency, defaultLocale, countries, approverGroups);
  }

  /** The catch-all keeps the programme currency (null) whatever is asked. */
  void redefine(String newName, String newBaseCurrency, String newDefaultLocale, Collection<String> newCountries, Collection<String> newGroups) {
    describe(newName, catchAll ? baseCurrency : newBaseCurrency, newDefaultLocale, newCountries, newGroups);
  }

  private void describe(String newName, String newBaseCurrency, String newDefaultLocale, Collection<String> newCountries, Collection<String> newGroups) {
    name = newName;
    baseCurrency = newBaseCurrency;
    defaultLocale = newDefaultLocale;
    countries.clear();
    countries.addAll(newCountries);
    approverGroups.clear();
    approverGroups.addAll(newGroups);
  }

  /** PLANNED to LAUNCHING; false when it was launched before. */
  boolean startLaunch(String by, Instant at) {
    if (status != RegionStatus.PLANNED) {
      return false;
    }
    status = RegionStatus.LAUNCHING;
    launchRequestedBy = by;
    launchRequestedAt = at;
    return true;
  }

  /** Back to PLANNED when the engine refused the launch's start. */
  void undoLaunch() {
    if (status == RegionStatus.LAUNCHING && processInstanceKey == null) {
      status = RegionStatus.PLANNED;
      launchRequestedBy = null;
      launchRequestedAt = null;
    }
  }

  /** Binds the launch to its instance; false when another instance has it. */
  boolean bind(long instanceKey) {
    if (processInstanceKey == null) {
      processInstanceKey = instanceKey;
      return true;
    }
    return processInstanceKey == instanceKey;
  }

  /** The checklist's confirmations; a blank one keeps what was confirmed before. */
  void confirm(String newLegalEntity, String newTaxForm) {
    if (newLegalEntity != null && !newLegalEntity.isBlank()) {
      legalEntity = newLegalEntity.strip();
    }
    if (newTaxForm != null && !newTaxForm.isBlank()) {
      taxForm = newTaxForm.strip();
    }
  }

  /** LAUNCHING to LIVE; false when it is live already. */
  boolean goLive(Instant at) {
    if (status == RegionStatus.LIVE) {
      return false;
    }
    status = RegionStatus.LIVE;
    liveSince = at;
    return true;
  }

  public boolean isLive() {
    return status == RegionStatus.LIVE;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The stored base currency; null for the programme currency. */
  public String getBaseCurrency() {
    return baseCurrency;
  }

  /** The currency the region's people read: its base currency, the programme's when it names none. */
  public String baseCurrencyOr(String programmeCurrency) {
    return baseCurrency == null ? programmeCurrency : baseCurrency;
  }

  public String getDefaultLocale() {
    return defaultLocale;
  }

  public RegionStatus getStatus() {
    return status;
  }

  public boolean isCatchAll() {
    return catchAll;
  }

  public Set<String> getCountries() {
    return Set.copyOf(countries);
  }

  public Set<String> getApproverGroups() {
    return Set.copyOf(approverGroups);
  }

  public String getLegalEntity() {
    return legalEntity;
  }

  public String getTaxForm() {
    return taxForm;
  }

  public String getLaunchRequestedBy() {
    return launchRequestedBy;
  }

  public Instant getLaunchRequestedAt() {
    return launchRequestedAt;
  }

  public Instant getLiveSince() {
    return liveSince;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
