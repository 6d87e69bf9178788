package org.partnerengine.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A company that sells through the programme. It guards its own stage transitions. */
@Entity
public final class Partner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String companyName;

  @Enumerated(EnumType.STRING)
  private PartnerType partnerType;

  private String country;
  private String website;
  private String companyDomain;
  private String contactName;
  private String contactEmail;
  private BigDecimal annualRevenue;
  private int employees;

  @Enumerated(EnumType.STRING)
  private Stage stage;

  private String tier;

  @Column(name = "process_instance_key")
  private Long processInstanceKey;

  /** The region it belongs to, from its country at enrichment; null before. */
  private Long regionId;

  /** Since when its application waits for its region to go live; null when it does not wait. */
  private Instant heldForRegionSince;

  private Instant createdAt;
  private Instant updatedAt;

  @Version private long version;

  protected Partner() {}

  public Partner(
      String companyName,
      PartnerType partnerType,
      String country,
      String website,
      String contactName,
      String contactEmail,
      BigDecimal annualRevenue,
      int employees,
      Instant at) {
    this.companyName = companyName;
    this.partnerType = partnerType;
    this.country = country;
    this.website = website;
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.annualRevenue = annualRevenue;
    this.employees = employees;
    this.stage = Stage.RECRUIT;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Moves to the next stage; refuses a move the lifecycle does not allow. */
  public void enterStage(Stage next, Instant at) {
    if (next == stage) {
      return;
    }
    if (!stage.next().contains(next)) {
      throw new IllegalStageTransition(id, stage, next);
    }
    stage = next;
    updatedAt = at;
  }

  /** Refuses incentives to a partner that is not active (not yet certified, or offboarded). */
  public void requireActive() {
    if (stage != Stage.ACTIVE) {
      throw new PartnerNotActive(id, stage);
    }
  }

  /** The lifecycle instance that runs this partner; set once, by whoever learns it first. */
  public void attachProcessInstance(long key, Instant at) {
    if (processInstanceKey == null) {
      processInstanceKey = key;
      updatedAt = at;
    }
  }

  public void recordCompanyDomain(String domain, Instant at) {
    companyDomain = domain;
    updatedAt = at;
  }

  /** The region from the partner's country; kept once given, a region that takes the country later moves it at going live. */
  public void assignRegion(long newRegionId, Instant at) {
    if (regionId == null) {
      regionId = newRegionId;
      updatedAt = at;
    }
  }

  /** Marks the application held for its region; false when it was held already. */
  public boolean holdForRegion(Instant at) {
    if (heldForRegionSince != null) {
      return false;
    }
    heldForRegionSince = at;
    updatedAt = at;
    return true;
  }

  /** Releases a held application; false when it was not held. */
  public boolean releaseFromHold(Instant at) {
    if (heldForRegionSince == null) {
      return false;
    }
    heldForRegionSince = null;
    updatedAt = at;
    return true;
  }

  public Long getRegionId() {
    return regionId;
  }

  public Instant getHeldForRegionSince() {
    return heldForRegionSince;
  }

  public void changeTier(String newTier, Instant at) {
    tier = newTier;
    updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getCompanyName() {
    return companyName;
  }

  public PartnerType getPartnerType() {
    return partnerType;
  }

  public String getCountry() {
    return country;
  }

  public String getWebsite() {
    return website;
  }

  public String getCompanyDomain() {
    return companyDomain;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public BigDecimal getAnnualRevenue() {
    return annualRevenue;
  }

  public int getEmployees() {
    return employees;
  }

  public Stage getStage() {
    return stage;
  }

  public String getTier() {
    return tier;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
