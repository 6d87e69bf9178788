package org.partnerengine.cosell;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnerengine.deals.Deal;
import org.partnerengine.deals.DealNotOpen;
import org.partnerengine.deals.Deals;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.territory.Territories;
import org.partnerengine.territory.Territory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner asks the vendor's direct sales for help on an open deal of its own. The request is
 * stored first, then its co-sell-request instance starts; the task goes to the direct sales group
 * of the deal's territory: the customer's place when the deal came from a lead, else the partner's
 * country. One request per deal is open at a time.
 */
@Service
public class CoSelling {

  /** What a partner asks for. */
  public record HelpRequest(
      @NotNull CoSellHelp help, @Size(max = 2000) String details, @NotNull LocalDate neededBy) {}

  private final CoSellRequests requests;
  private final Deals deals;
  private final Partners partners;
  private final PartnerHistory history;
  private final Territories territories;
  private final CoSellProcess process;
  private final AcceptedStarts starts;
  private final CoSellingSettings settings;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public CoSelling(
      CoSellRequests requests,
      Deals deals,
      Partners partners,
      PartnerHistory history,
      Territories territories,
      CoSellProcess process,
      AcceptedStarts starts,
      CoSellingSettings settings,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock) {
    this.requests = requests;
    this.deals = deals;
    this.partners = partners;
    this.history = history;
    this.territories = territories;
    this.process = process;
    this.starts = starts;
    this.settings = settings;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  public CoSellRequest request(long dealId, HelpRequest help, String requestedBy) {
    if (help.neededBy().isBefore(LocalDate.now(clock))) {
      throw new InvalidCoSellRequest("neededBy", "must not be in the past");
    }
    CoSellRequest stored;
    try {
      stored = transaction.execute(status -> {
        Deal deal = deals.require(dealId);
        if (!deal.getStatus().isOpen()) {
          throw new DealNotOpen(dealId, deal.getStatus());
        }
        return requests.saveAndFlush(new CoSellRequest(
            dealId, deal.getPartnerId(), help.help(), blankToNull(help.details()), help.neededBy(), directSalesGroupFor(deal),
            requestedBy, clock.instant()));
      });
    } catch (DataIntegrityViolationException open) {
      throw new CoSellRequestOpen(dealId);
    }
    long id = stored.getId();
    try {
      // The answer binds the instance, or the instance's first step does: whichever comes first.
      starts.await("co-sell request " + id, process.startAsync(stored), key -> bindQuietly(id, key))
          .ifPresent(key -> bindQuietly(id, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> requests.deleteById(id));
      throw refused;
    }
    return transaction.execute(status -> {
      CoSellRequest request = requests.require(id);
      history.record(partners.require(request.getPartnerId()), "CO_SELL_REQUESTED", requestedBy,
          help.help() + " on deal " + dealId + " by " + help.neededBy());
      return request;
    });
  }

  public List<CoSellRequest> ofDeal(long dealId) {
    deals.require(dealId);
    return requests.findByDealIdOrderByIdDesc(dealId);
  }

  /** Direct sales' answer, from the task: recorded once, with who gave it. */
  public void answer(long requestId, boolean accepted, String note, String answeredBy) {
    transaction.executeWithoutResult(status -> {
      CoSellRequest request = requests.require(requestId);
      if (request.answer(accepted, blankToNull(note), answeredBy, clock.instant())) {
        history.record(partners.require(request.getPartnerId()), accepted ? "CO_SELL_ACCEPTED" : "CO_SELL_DECLINED",
            answeredBy == null ? "direct-sales" : answeredBy, "deal " + request.getDealId());
      }
    });
  }

  /** The SLA passed without an answer: marked once, in the history the managers read. */
  public void markOverdue(long requestId) {
    transaction.executeWithoutResult(status -> {
      CoSellRequest request = requests.require(requestId);
      if (request.markOverdue(clock.instant())) {
        history.record(partners.require(request.getPartnerId()), "CO_SELL_OVERDUE", "engine",
            "deal " + request.getDealId() + ", group " + request.getDirectSalesGroup());
      }
    });
  }

  /** Binds the request to its instance; false when another instance has it. */
  public boolean bind(long requestId, long instanceKey) {
    return Boolean.TRUE.equals(transaction.execute(status -> requests.require(requestId).bind(instanceKey)));
  }

  /** The territory covering the customer's place (or the partner's) that names a group; else the default group. */
  String directSalesGroupFor(Deal deal) {
    List<Map<String, Object>> lead =
        jdbc.queryForList("select country, postcode from sales_lead where deal_id = ? order by id limit 1", deal.getId());
    String country = lead.isEmpty() ? partners.require(deal.getPartnerId()).getCountry() : (String) lead.get(0).get("country");
    String postcode = lead.isEmpty() ? null : (String) lead.get(0).get("postcode");
    return territories.findAll(Sort.by("id")).stream()
        .filter(t -> t.covers(country, postcode == null ? "" : postcode))
        .map(Territory::getDirectSalesGroup)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(settings.directSalesGroup());
  }

  private void bindQuietly(long requestId, long instanceKey) {
    try {
      bind(requestId, instanceKey);
    } catch (RuntimeException e) {
      // the instance's first step binds it
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
