package org.partnerengine.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.mdf.MdfProcess;
import org.partnerengine.mdf.MdfRequest;
import org.partnerengine.mdf.MdfRequestDecided;
import org.partnerengine.mdf.MdfRequestForm;
import org.partnerengine.mdf.MdfRequests;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.notification.NotificationOutbox;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each partner's part in a campaign, step by step: the invitation and the partner's answer, the
 * profile check, the funds, the launch and the end. Every step is idempotent per participation, so
 * a redelivered job repeats nothing: the invitation mail and the history entries have keys, the
 * MDF request is one per participation and the launch renders its files once.
 */
@Service
public class Participations {

  static final String ANSWERED_MESSAGE = "campaign-answered";
  static final String CO_BRAND_MESSAGE = "co-brand-completed";
  static final String INVITATION_TEMPLATE = "campaign-invitation";

  private final CampaignParticipations participations;
  private final Campaigns campaigns;
  private final CampaignFiles files;
  private final CoBrandProfiles profiles;
  private final CampaignLauncher launcher;
  private final CampaignSettings settings;
  private final Partners partners;
  private final PartnerHistory history;
  private final NotificationOutbox outbox;
  private final PartnerMessages messages;
  private final MdfRequests mdfRequests;
  private final MdfProcess mdfProcess;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public Participations(
      CampaignParticipations participations,
      Campaigns campaigns,
      CampaignFiles files,
      CoBrandProfiles profiles,
      CampaignLauncher launcher,
      CampaignSettings settings,
      Partners partners,
      PartnerHistory history,
      NotificationOutbox outbox,
      PartnerMessages messages,
      MdfRequests mdfRequests,
      MdfProcess mdfProcess,
      TransactionTemplate transaction,
      Clock clock) {
    this.participations = participations;
    this.campaigns = campaigns;
    this.files = files;
    this.profiles = profiles;
    this.launcher = launcher;
    this.settings = settings;
    this.partners = partners;
    this.history = history;
    this.outbox = outbox;
    this.messages = messages;
    this.mdfRequests = mdfRequests;
    this.mdfProcess = mdfProcess;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The invitation: binds the instance and mails the partner, once. Answers the opt-in deadline. */
  @Transactional
  public Instant invite(long participationId, long processInstanceKey) {
    CampaignParticipation participation = participations.require(participationId);
    participation.bind(processInstanceKey);
    Campaign campaign = campaigns.require(participation.getCampaignId());
    outbox.enqueue(
        participation.getPartnerId(),
        INVITATION_TEMPLATE,
        "campaign-invitation:" + participationId,
        Map.of(
            "campaignName", campaign.getName(),
            "startsOn", campaign.getStartsOn().toString(),
            "endsOn", campaign.getEndsOn().toString(),
            "optInDeadline", participation.getOptInDeadline().toString()));
    return participation.getOptInDeadline();
  }

  /**
   * The partner's answer, recorded first and then told to its instance. If the engine does not take
   * it, the answer is taken back (503) and the partner can answer again.
   */
  public ParticipationView answer(long partnerId, long campaignId, boolean optIn, String username) {
    long participationId = transaction.execute(status -> {
      CampaignParticipation participation = own(partnerId, campaignId);
      participation.answer(optIn, username, clock.instant());
      return participation.getId();
    });
    try {
      messages.publish(ANSWERED_MESSAGE, String.valueOf(participationId), ANSWERED_MESSAGE + ":" + participationId, Map.of("optedIn", optIn));
    } catch (EngineUnavailable e) {
      transaction.executeWithoutResult(status -> participations.require(participationId).undoAnswer());
      throw e;
    }
    transaction.executeWithoutResult(status -> history.recordOnce(
        "campaign-answer:" + participationId, partners.require(partnerId), optIn ? "CAMPAIGN_OPTED_IN" : "CAMPAIGN_DECLINED", username,
        campaigns.require(campaignId).getName()));
    return of(partnerId, campaignId);
  }

  @Transactional
  public void expire(long participationId) {
    participations.require(participationId).expire(clock.instant());
  }

  /** What the profile check tells the instance: complete or not, and the dates and facts the next steps need. */
  public record CoBrandCheck(
      boolean coBrandComplete, String coBrandDeadline, String campaignStartsAt, String campaignEndsAt, String goal, String tier, long partnerId) {}

  @Transactional
  public CoBrandCheck checkCoBrand(long participationId) {
    CampaignParticipation participation = participations.require(participationId);
    Campaign campaign = campaigns.require(participation.getCampaignId());
    boolean complete = profiles.findById(participation.getPartnerId()).map(CoBrandProfile::isComplete).orElse(false);
    participation.coBrandChecked(complete);
    Partner partner = partners.require(participation.getPartnerId());
    return new CoBrandCheck(
        complete,
        endOf(campaign).toString(),
        campaign.getStartsOn().atStartOfDay().toInstant(ZoneOffset.UTC).toString(),
        endOf(campaign).toString(),
        campaign.getGoal().name(),
        partner.getTier(),
        partner.getId());
  }

  /** The funds the instance asks for, and what the mdf-request instance it calls starts with. */
  public record Funds(boolean fundsRequested, Long mdfRequestId, BigDecimal amount, String mdfClaimDeadline) {}

  /**
   * The vendor's share of the partner's cost, requested as MDF for the partner (one request per
   * participation). No share, or no cost, needs no request.
   */
  public Funds requestFunds(long participationId, int vendorSharePercent) {
    CampaignParticipation participation = transaction.execute(status -> participations.require(participationId));
    Campaign campaign = campaigns.require(participation.getCampaignId());
    BigDecimal share = campaign.getCostPerPartner().multiply(BigDecimal.valueOf(vendorSharePercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    if (share.signum() <= 0) {
      transaction.executeWithoutResult(status -> participations.require(participationId).funding(vendorSharePercent, null));
      return new Funds(false, null, null, null);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate planned = campaign.getStartsOn().isBefore(today) ? today : campaign.getStartsOn();
    MdfRequest request = mdfRequests.requestForCampaign(
        participation.getPartnerId(),
        participationId,
        new MdfRequestForm("Joint campaign \"" + campaign.getName() + "\": the vendor's " + vendorSharePercent + " % of the partner's cost", share, planned, campaign.getCurrency()));
    transaction.executeWithoutResult(status -> participations.require(participationId).funding(vendorSharePercent, request.getId()));
    Map<String, Object> started = mdfProcess.variables(request);
    return new Funds(true, request.getId(), (BigDecimal) started.get("amount"), (String) started.get("mdfClaimDeadline"));
  }

  /** The budget reserved the funds: the partner is ready to launch at the start date. */
  @EventListener
  @Transactional
  public void fundsDecided(MdfRequestDecided decided) {
    if (decided.reserved()) {
      participations.require(decided.campaignParticipationId()).fundsReserved();
    }
  }

  @Transactional
  public void withdraw(long participationId) {
    CampaignParticipation participation = participations.require(participationId);
    WithdrawnReason reason =
        participation.getStatus() == ParticipationStatus.AWAITING_CO_BRAND ? WithdrawnReason.CO_BRAND_INCOMPLETE : WithdrawnReason.FUNDS_REFUSED;
    participation.withdraw(reason, clock.instant());
    history.recordOnce(
        "campaign-withdrawn:" + participationId, partners.require(participation.getPartnerId()), "CAMPAIGN_WITHDRAWN", "system",
        campaigns.require(participation.getCampaignId()).getName() + ": " + participation.getWithdrawnReason());
  }

  /** Launches the partner's part: its files are rendered once. Answers the campaign's end for the timer. */
  @Transactional
  public String launch(long participationId) {
    CampaignParticipation participation = participations.require(participationId);
    Campaign campaign = campaigns.require(participation.getCampaignId());
    participation.fundsReserved();
    if (participation.launch(clock.instant())) {
      CoBrandProfile profile = profiles.findById(participation.getPartnerId()).orElseThrow();
      for (CampaignLauncher.RenderedFile file :
          launcher.launch(new CampaignLauncher.Launch(campaign, participation, profile, settings.responseLink(participation.getTrackingCode())))) {
        files.save(new CampaignFile(participationId, file.fileName(), file.contentType(), file.data(), clock.instant()));
      }
      history.recordOnce("campaign-launched:" + participationId, partners.require(participation.getPartnerId()), "CAMPAIGN_LAUNCHED", "system", campaign.getName());
    }
    return endOf(campaign).toString();
  }

  @Transactional
  public void complete(long participationId) {
    participations.require(participationId).complete(clock.instant());
  }

  /**
   * The partner's profile is complete now: every part waiting for it goes on. Told after the profile
   * is stored; a part the engine does not hear of goes on with the partner's next change.
   */
  public void coBrandCompleted(long partnerId, Instant at) {
    List<CampaignParticipation> waiting = participations.findByPartnerIdAndStatus(partnerId, ParticipationStatus.AWAITING_CO_BRAND);
    for (CampaignParticipation participation : waiting) {
      messages.publish(CO_BRAND_MESSAGE, String.valueOf(participation.getId()), CO_BRAND_MESSAGE + ":" + participation.getId() + ":" + at.toEpochMilli(), Map.of());
    }
  }

  @Transactional(readOnly = true)
  public List<ParticipationView> ofPartner(long partnerId) {
    String company = partners.require(partnerId).getCompanyName();
    return participations.findByPartnerIdOrderByIdDesc(partnerId).stream()
        .map(p -> ParticipationView.of(p, campaigns.require(p.getCampaignId()), company, files.findByParticipationIdOrderById(p.getId())))
        .toList();
  }

  @Transactional(readOnly = true)
  public ParticipationView of(long partnerId, long campaignId) {
    CampaignParticipation participation = own(partnerId, campaignId);
    return ParticipationView.of(
        participation, campaigns.require(campaignId), partners.require(partnerId).getCompanyName(), files.findByParticipationIdOrderById(participation.getId()));
  }

  /** A rendered file of the partner's own launch. */
  @Transactional(readOnly = true)
  public CampaignFile file(long partnerId, long campaignId, long fileId) {
    CampaignParticipation participation = own(partnerId, campaignId);
    CampaignFile file = files.findByIdAndParticipationId(fileId, participation.getId()).orElseThrow(() -> new CampaignNotFound("File " + fileId));
    file.getData();
    return file;
  }

  /** The partner's participation; a campaign it was not invited to does not exist, to it. */
  private CampaignParticipation own(long partnerId, long campaignId) {
    partners.require(partnerId);
    return participations.findByCampaignIdAndPartnerId(campaignId, partnerId).orElseThrow(() -> new CampaignNotFound("Campaign " + campaignId));
  }

  /** The campaign's last moment: the end of its end date, in UTC. */
  private static Instant endOf(Campaign campaign) {
    return campaign.getEndsOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
