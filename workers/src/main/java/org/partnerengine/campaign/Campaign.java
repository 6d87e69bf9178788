package org.partnerengine.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A joint campaign: what partners are invited to launch under their own brand, and when. */
@Entity
public final class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private CampaignGoal goal;

  private String audiencePartnerTypes;
  private String audienceMinimumTier;
  private String audienceCountries;
  private String audienceCertificate;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private int optInDays;
  private BigDecimal costPerPartner;
  private String currency;
  private String copySubject;
  private String copyBody;
  private String assetIds;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  private Long processInstanceKey;
  private Instant startClaimedAt;
  private String createdBy;
  private Instant createdAt;
  private Instant endedAt;

  @Version private long version;

  protected Campaign() {}

  Campaign(CampaignForm form, String currency, String createdBy, Instant at) {
    this.name = form.name().strip();
    this.goal = form.goal();
    this.audiencePartnerTypes = CampaignAudience.join(form.audience().partnerTypes());
    this.audienceMinimumTier = form.audience().minimumTier();
    this.audienceCountries = CampaignAudience.join(form.audience().countries());
    this.audienceCertificate = form.audience().certificate();
    this.startsOn = form.startsOn();
    this.endsOn = form.endsOn();
    this.optInDays = form.optInDays();
    this.costPerPartner = form.costPerPartner();
    this.currency = currency;
    this.copySubject = form.copySubject().strip();
    this.copyBody = form.copyBody();
    this.assetIds = form.assetIds().isEmpty() ? null : String.join(",", form.assetIds().stream().map(String::valueOf).toList());
    this.status = CampaignStatus.STARTING;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  /** Binds the campaign to its instance, once: a campaign bound already keeps its instance. */
  void bind(long instanceKey) {
    if (processInstanceKey == null) {
      processInstanceKey = instanceKey;
      if (status == CampaignStatus.STARTING) {
        status = CampaignStatus.RUNNING;
      }
    }
  }

  void end(Instant at) {
    if (status != CampaignStatus.ENDED) {
      status = CampaignStatus.ENDED;
      endedAt = at;
    }
  }

  public CampaignAudience audience() {
    return CampaignAudience.of(audiencePartnerTypes, audienceMinimumTier, audienceCountries, audienceCertificate);
  }

  public List<Long> assetIdList() {
    return assetIds == null ? List.of() : Arrays.stream(assetIds.split(",")).map(Long::valueOf).toList();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public CampaignGoal getGoal() {
    return goal;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public int getOptInDays() {
    return optInDays;
  }

  public BigDecimal getCostPerPartner() {
    return costPerPartner;
  }

  public String getCurrency() {
    return currency;
  }

  public String getCopySubject() {
    return copySubject;
  }

  public String getCopyBody() {
    return copyBody;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
