package org.partnerengine.campaign;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.partnerengine.content.ContentAsset;
import org.partnerengine.content.ContentAssets;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partners;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans campaigns and runs their audience. A campaign is stored before the engine hears of it and
 * removed again if the engine refuses it; the invitations are made once, by the instance's first
 * job, so a redelivered job invites nobody twice.
 */
@Service
public class JointCampaigns {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final Campaigns campaigns;
  private final CampaignParticipations participations;
  private final CampaignEligibility eligibility;
  private final CampaignProcess process;
  private final ContentAssets assets;
  private final Partners partners;
  private final FxRates rates;
  private final AcceptedStarts starts;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public JointCampaigns(
      Campaigns campaigns,
      CampaignParticipations participations,
      CampaignEligibility eligibility,
      CampaignProcess process,
      ContentAssets assets,
      Partners partners,
      FxRates rates,
      AcceptedStarts starts,
      TransactionTemplate transaction,
      Clock clock) {
    this.campaigns = campaigns;
    this.participations = participations;
    this.eligibility = eligibility;
    this.process = process;
    this.assets = assets;
    this.partners = partners;
    this.rates = rates;
    this.starts = starts;
    this.transaction = transaction;
    this.clock = clock;
  }

  public CampaignView create(CampaignForm form, String username) {
    if (form.endsOn().isBefore(form.startsOn())) {
      throw new InvalidCampaign("endsOn", "must not be before startsOn");
    }
    CampaignCopy.check("copySubject", form.copySubject());
    CampaignCopy.check("copyBody", form.copyBody());
    for (long assetId : form.assetIds()) {
      ContentAsset asset = assets.findById(assetId).orElseThrow(() -> new InvalidCampaign("assetIds", "asset " + assetId + " is not in the library"));
      if (asset.getPublishedVersionId() == null) {
        throw new InvalidCampaign("assetIds", "asset " + assetId + " has no published version");
      }
    }
    String currency = form.currency() == null ? rates.programmeCurrency() : form.currency();
    long id = transaction.execute(status -> campaigns.saveAndFlush(new Campaign(form, currency, username, clock.instant())).getId());
    OptionalLong started;
    try {
      started = starts.await("campaign " + id, process.startAsync(id), key -> bind(id, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> campaigns.deleteById(id));
      throw refused;
    }
    started.ifPresent(key -> bind(id, key));
    return view(id);
  }

  /** Binds the campaign to its instance; once: a campaign bound already keeps its instance. */
  public void bind(long campaignId, long processInstanceKey) {
    transaction.executeWithoutResult(status -> campaigns.require(campaignId).bind(processInstanceKey));
  }

  @Transactional(readOnly = true)
  public CampaignView view(long campaignId) {
    return CampaignView.of(campaigns.require(campaignId), counts(campaignId));
  }

  @Transactional(readOnly = true)
  public Page<CampaignView> list(Pageable page) {
    return campaigns.findAllByOrderByIdDesc(page).map(c -> CampaignView.of(c, counts(c.getId())));
  }

  @Transactional(readOnly = true)
  public List<ParticipationView> participations(long campaignId) {
    Campaign campaign = campaigns.require(campaignId);
    return participations.findByCampaignIdOrderById(campaignId).stream()
        .map(p -> ParticipationView.of(p, campaign, partners.require(p.getPartnerId()).getCompanyName(), List.of()))
        .toList();
  }

  /**
   * The campaign's invitations, made by its instance's first job: one participation per eligible
   * partner. A redelivered job finds them made and answers the same list.
   */
  @Transactional
  public List<Long> selectAudience(long campaignId, long processInstanceKey) {
    Campaign campaign = campaigns.require(campaignId);
    campaign.bind(processInstanceKey);
    List<CampaignParticipation> made = participations.findByCampaignIdOrderById(campaignId);
    if (!made.isEmpty()) {
      return made.stream().map(CampaignParticipation::getId).toList();
    }
    Instant now = clock.instant();
    Instant deadline = now.plus(java.time.Duration.ofDays(campaign.getOptInDays()));
    Instant campaignEnd = campaign.getEndsOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    if (deadline.isAfter(campaignEnd)) {
      deadline = campaignEnd;
    }
    List<Long> ids = new ArrayList<>();
    for (CampaignEligibility.Verdict verdict : eligibility.judgeAll(campaign.audience())) {
      if (verdict.eligible()) {
        ids.add(participations.save(new CampaignParticipation(campaignId, verdict.partnerId(), trackingCode(), deadline, now)).getId());
      }
    }
    participations.flush();
    return ids;
  }

  @Transactional
  public void close(long campaignId) {
    campaigns.require(campaignId).end(clock.instant());
  }

  private Map<ParticipationStatus, Long> counts(long campaignId) {
    Map<ParticipationStatus, Long> counts = new EnumMap<>(ParticipationStatus.class);
    for (CampaignParticipation p : participations.findByCampaignIdOrderById(campaignId)) {
      counts.merge(p.getStatus(), 1L, Long::sum);
    }
    return counts;
  }

  static String trackingCode() {
    char[] code = new char[16];
    for (int i = 0; i < code.length; i++) {
      code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
    }
    return new String(code);
  }
}
