package org.partnerengine.mdf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.money.FxRates;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.region.CountryRegions;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes fund requests and claims from partners. Each is committed before the engine hears of it,
 * and removed again if the engine refuses it. A request whose start is still under way at the
 * answer is kept, as partner applications are (see {@link AcceptedStarts}, {@link
 * OrphanMdfRequests}).
 */
@Service
public class MdfRequests {

  static final String CLAIM_MESSAGE = "mdf-claim-submitted";
  /** The tier of a partner that has not been tiered yet. */
  static final String DEFAULT_TIER = "REGISTERED";

  private final MdfRequestRepository requests;
  private final MdfClaims claims;
  private final Partners partners;
  private final MdfProcess process;
  private final PartnerMessages messages;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final AcceptedStarts starts;
  private final FxRates rates;
  private final CountryRegions regions;

  public MdfRequests(
      MdfRequestRepository requests,
      MdfClaims claims,
      Partners partners,
      MdfProcess process,
      PartnerMessages messages,
      TransactionTemplate transaction,
      Clock clock,
      AcceptedStarts starts,
      FxRates rates,
      CountryRegions regions) {
    this.rates = rates;
    this.regions = regions;
    this.starts = starts;
    this.requests = requests;
    this.claims = claims;
    this.partners = partners;
    this.process = process;
    this.messages = messages;
    this.transaction = transaction;
    this.clock = clock;
  }

  public MdfReceipt request(long partnerId, MdfRequestForm form) {
    MdfRequest stored = transaction.execute(status -> store(partnerId, form));
    long id = stored.getId();
    OptionalLong started;
    try {
      started = starts.await("MDF request " + id, process.startAsync(stored), key -> attach(id, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> requests.deleteById(id));
      throw refused;
    }
    return transaction.execute(
        status -> {
          started.ifPresent(key -> requests.attachProcessInstance(id, key));
          MdfRequest request = requests.require(id);
          return new MdfReceipt(id, request.getProcessInstanceKey(), request.getStatus());
        });
  }

  /**
   * Stores the request that funds a partner's part in a joint campaign, once per participation: a
   * second call answers the first request. Its process is the campaign's to start (a call
   * activity), so the orphan sweep leaves it alone.
   */
  public MdfRequest requestForCampaign(long partnerId, long participationId, MdfRequestForm form) {
    return transaction.execute(status -> requests.findByCampaignParticipationId(participationId).orElseGet(() -> {
      MdfRequest request = store(partnerId, form);
      request.forCampaign(participationId);
      return requests.saveAndFlush(request);
    }));
  }

  /** Binds the request to its instance; once: a request bound already keeps its instance. */
  public void attach(long mdfRequestId, long processInstanceKey) {
    transaction.executeWithoutResult(status -> requests.attachProcessInstance(mdfRequestId, processInstanceKey));
  }

  public List<MdfRequest> list(long partnerId, Pageable page) {
    partners.require(partnerId);
    return requests.findByPartnerIdOrderByIdDesc(partnerId, page);
  }

  /** Stores the one claim of a reserved request and tells its process. */
  public MdfClaimReceipt claim(long mdfRequestId, MdfClaimSubmission submission) {
    long claimId =
        transaction.execute(
            status -> {
              MdfRequest request = requests.require(mdfRequestId);
              request.markClaimed(submission.amountClaimed(), clock.instant());
              return claims
                  .saveAndFlush(
                      new MdfClaim(mdfRequestId, submission.proofOfPerformance().strip(), submission.amountClaimed(), clock.instant()))
                  .getId();
            });
    try {
      messages.publish(CLAIM_MESSAGE, String.valueOf(mdfRequestId), "mdf-claim:" + mdfRequestId, Map.of("claimId", claimId));
    } catch (EngineUnavailable e) {
      transaction.executeWithoutResult(
          status -> {
            claims.deleteById(claimId);
            requests.require(mdfRequestId).unmarkClaimed(clock.instant());
          });
      throw e;
    }
    return new MdfClaimReceipt(claimId, mdfRequestId, MdfStatus.CLAIMED);
  }

  private MdfRequest store(long partnerId, MdfRequestForm form) {
    Partner partner = partners.require(partnerId);
    partner.requireActive();
    String tier = partner.getTier() == null ? DEFAULT_TIER : partner.getTier();
    String currency = form.currency() == null ? rates.programmeCurrency() : form.currency();
    LocalDate requestedOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return requests.saveAndFlush(
        new MdfRequest(
            partnerId,
            regions.regionIdOf(partner),
            tier,
            form.activity().strip(),
            form.amount(),
            currency,
            rates.toProgramme(form.amount(), currency, requestedOn),
            form.plannedDate(),
            clock.instant()));
  }
}
