package org.partnerengine.leads;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A lead handed in by a manager or the CRM. It guards its own lifecycle: the rules of engagement
 * decide once (RECEIVED), an accepted or assigned lead is not routed again, and only triage closes
 * a lead nobody took. A transition the lead has made already is a no-op (a redelivered job).
 */
@Entity
@Table(name = "sales_lead")
public final class Lead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String companyName;
  private String domain;
  private String country;
  private String postcode;
  private String product;
  private String contactName;
  private String contactEmail;
  private String source;
  private String campaign;

  @Enumerated(EnumType.STRING)
  private LeadStatus status;

  private String routingRule;
  private Long partnerId;
  private Long processInstanceKey;
  /** The instance a lead-received message started, which stored this lead. */
  private Long receivedInInstance;
  private Long dealId;
  private Long campaignParticipationId;
  private Instant statusUpdatedAt;

  @Enumerated(EnumType.STRING)
  private LostReason lostReason;

  private Instant receivedAt;
  private Instant updatedAt;

  @Version private long version;

  protected Lead() {}

  Lead(LeadSubmission submission, Instant at) {
    this.companyName = submission.companyName().strip();
    this.domain = LeadDomain.of(submission.domain());
    this.country = submission.country();
    this.postcode = submission.postcode() == null || submission.postcode().isBlank() ? null : submission.postcode().strip();
    this.product = submission.productInterest();
    this.contactName = submission.contactName().strip();
    this.contactEmail = submission.contactEmail().strip();
    this.source = submission.source();
    this.campaign = submission.campaign() == null || submission.campaign().isBlank() ? null : submission.campaign().strip();
    this.status = LeadStatus.RECEIVED;
    this.receivedAt = at;
    this.updatedAt = at;
  }

  /**
   * A response to a partner's campaign: the launching partner's lead from the start, with no
   * routing (it answered that partner's copy).
   */
  static Lead campaignResponse(LeadSubmission submission, long partner, long participationId, Instant at) {
    Lead lead = new Lead(submission, at);
    lead.status = LeadStatus.ASSIGNED;
    lead.partnerId = partner;
    lead.routingRule = CAMPAIGN_RESPONSE;
    lead.campaignParticipationId = participationId;
    return lead;
  }

  /** A lead an integration's lead-received message brought: stored by, and bound to, the instance it started. */
  static Lead receivedBy(LeadSubmission submission, long processInstanceKey, Instant at) {
    Lead lead = new Lead(submission, at);
    lead.receivedInInstance = processInstanceKey;
    lead.processInstanceKey = processInstanceKey;
    return lead;
  }

  /** The routing rule of a lead that answered a partner's campaign. */
  public static final String CAMPAIGN_RESPONSE = "CAMPAIGN_RESPONSE";

  /** The rules of engagement sent the lead to routing through offers. */
  void startRouting(String rule, Instant at) {
    if (status == LeadStatus.ROUTING) {
      return;
    }
    require(EnumSet.of(LeadStatus.RECEIVED), LeadStatus.ROUTING);
    status = LeadStatus.ROUTING;
    routingRule = rule;
    updatedAt = at;
  }

  /** The customer is a direct-sales account (a rule of engagement, or triage decided so). */
  void handToDirectSales(String rule, Instant at) {
    if (status == LeadStatus.DIRECT_SALES) {
      return;
    }
    require(EnumSet.of(LeadStatus.RECEIVED, LeadStatus.TRIAGE), LeadStatus.DIRECT_SALES);
    status = LeadStatus.DIRECT_SALES;
    routingRule = routingRule == null ? rule : routingRule;
    updatedAt = at;
  }

  /** The partner that owns the customer gets the lead without an offer (or triage assigns it). */
  void assignTo(long partner, String rule, Instant at) {
    if (status == LeadStatus.ASSIGNED && partnerId == partner) {
      return;
    }
    require(EnumSet.of(LeadStatus.RECEIVED, LeadStatus.TRIAGE), LeadStatus.ASSIGNED);
    status = LeadStatus.ASSIGNED;
    partnerId = partner;
    routingRule = routingRule == null ? rule : routingRule;
    updatedAt = at;
  }

  void acceptedBy(long partner, Instant at) {
    if (status == LeadStatus.ACCEPTED && partnerId == partner) {
      return;
    }
    require(EnumSet.of(LeadStatus.ROUTING), LeadStatus.ACCEPTED);
    status = LeadStatus.ACCEPTED;
    partnerId = partner;
    updatedAt = at;
  }

  void awaitTriage(Instant at) {
    if (status == LeadStatus.TRIAGE) {
      return;
    }
    require(EnumSet.of(LeadStatus.ROUTING), LeadStatus.TRIAGE);
    status = LeadStatus.TRIAGE;
    updatedAt = at;
  }

  void close(Instant at) {
    if (status == LeadStatus.CLOSED) {
      return;
    }
    require(EnumSet.of(LeadStatus.TRIAGE), LeadStatus.CLOSED);
    status = LeadStatus.CLOSED;
    updatedAt = at;
  }

  /** The partner that took the lead registers the customer as a deal: this lead becomes that deal. */
  void convert(long partner, Instant at) {
    requireTakenBy(partner, LeadStatus.CONVERTED);
    status = LeadStatus.CONVERTED;
    updatedAt = at;
  }

  void linkDeal(long deal) {
    if (status != LeadStatus.CONVERTED || dealId != null) {
      throw new IllegalStateException("Lead " + id + " is " + status + " with deal " + dealId + ", it cannot take deal " + deal);
    }
    dealId = deal;
  }

  /** A conversion whose registration the engine did not take: the lead is the partner's again. */
  void undoConversion(LeadStatus before, Instant at) {
    if (status == LeadStatus.CONVERTED && dealId == null) {
      status = before;
      updatedAt = at;
    }
  }

  /** The partner says where the lead stands: its process starts its clocks again. */
  void statusUpdated(long partner, Instant at) {
    if (partnerId == null || partnerId != partner) {
      throw new LeadNotFound(id);
    }
    if (status != LeadStatus.ACCEPTED && status != LeadStatus.ASSIGNED) {
      throw new LeadNotOpen(id, status);
    }
    statusUpdatedAt = at;
    updatedAt = at;
  }

  /** Nobody heard from the partner that accepted the lead: it goes back to routing, without that partner. */
  void reclaim(Instant at) {
    if (status != LeadStatus.ACCEPTED) {
      throw new IllegalStateException("Lead " + id + " is " + status + ", it cannot be taken back");
    }
    status = LeadStatus.ROUTING;
    partnerId = null;
    updatedAt = at;
  }

  void closeLost(long partner, LostReason reason, Instant at) {
    requireTakenBy(partner, LeadStatus.LOST);
    status = LeadStatus.LOST;
    lostReason = reason;
    updatedAt = at;
  }

  /** Converting and losing are for the partner that accepted or was assigned the lead, once. */
  private void requireTakenBy(long partner, LeadStatus to) {
    if (partnerId == null || partnerId != partner) {
      throw new LeadNotFound(id);
    }
    if (status != LeadStatus.ACCEPTED && status != LeadStatus.ASSIGNED) {
      throw new LeadNotOpen(id, status, to);
    }
  }

  private void require(Set<LeadStatus> from, LeadStatus to) {
    if (!from.contains(status)) {
      throw new IllegalStateException("Lead " + id + " is " + status + ", it cannot become " + to);
    }
  }

  public Long getId() {
    return id;
  }

  public Instant getStatusUpdatedAt() {
    return statusUpdatedAt;
  }

  public Long getDealId() {
    return dealId;
  }

  public LostReason getLostReason() {
    return lostReason;
  }

  public String getCompanyName() {
    return companyName;
  }

  public String getDomain() {
    return domain;
  }

  public String getCountry() {
    return country;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getProduct() {
    return product;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getSource() {
    return source;
  }

  public Long getCampaignParticipationId() {
    return campaignParticipationId;
  }

  public String getCampaign() {
    return campaign;
  }

  public LeadStatus getStatus() {
    return status;
  }

  public String getRoutingRule() {
    return routingRule;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
