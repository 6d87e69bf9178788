package org.partnerengine.region;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.money.FxRates;
import org.partnerengine.onboarding.AgreementLanguage;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The programme's regions: defining them, launching a new market through its checklist, and the
 * partners' place in them. A partner's region comes from its country; an application from a
 * country whose region is not LIVE is held, not rejected, and resumes when the region goes live.
 * Holding and going live both lock the region's row, so an application is either held before the
 * region goes live (and released by it) or sees it live.
 */
@Service
public class RegionCatalogue {

  /** Wakes a held application; its correlation key is the partner's id. */
  public static final String REGION_LIVE_MESSAGE = "region-live";

  private final Regions regions;
  private final CountryRegions countries;
  private final Partners partners;
  private final PartnerHistory history;
  private final RegionLaunchProcess process;
  private final AcceptedStarts starts;
  private final PartnerMessages messages;
  private final FxRates rates;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public RegionCatalogue(
      Regions regions,
      CountryRegions countries,
      Partners partners,
      PartnerHistory history,
      RegionLaunchProcess process,
      AcceptedStarts starts,
      PartnerMessages messages,
      FxRates rates,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Clock clock) {
    this.regions = regions;
    this.countries = countries;
    this.partners = partners;
    this.history = history;
    this.process = process;
    this.starts = starts;
    this.messages = messages;
    this.rates = rates;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  public List<Region> list() {
    return regions.findAllByOrderByCode();
  }

  public Region get(String code) {
    return regions.require(code);
  }

  public Region define(RegionDefinition definition) {
    try {
      return transaction.execute(status -> {
        if (regions.findByCode(definition.code()).isPresent()) {
          throw new RegionConflict("The region code " + definition.code() + " is taken");
        }
        requireCountriesFree(definition.countries(), null);
        return regions.saveAndFlush(new Region(definition.code(), definition.name().strip(), definition.baseCurrency(),
            definition.defaultLocale(), definition.countries(), definition.approverGroups(), clock.instant()));
      });
    } catch (DataIntegrityViolationException taken) {
      throw new RegionConflict("The region code " + definition.code() + " or one of its countries is taken");
    }
  }

  /**
   * Changes a region's name, locale, countries and approvers. A live region keeps its base currency:
   * its budgets and reports are in it. A country joins a region only from the catch-all.
   */
  public Region change(String code, RegionChange change) {
    try {
      return transaction.execute(status -> {
        Region region = regions.require(code);
        String currency = change.baseCurrency() == null ? region.getBaseCurrency() : change.baseCurrency();
        if (region.isCatchAll() && !change.countries().isEmpty()) {
          throw new RegionConflict("The catch-all region takes every country no other region names; it lists none");
        }
        if (region.isLive() && !region.isCatchAll() && !Objects.equals(currency, region.getBaseCurrency())) {
          throw new RegionConflict("The live region " + code + " keeps its base currency " + region.getBaseCurrency());
        }
        Set<String> removed = new HashSet<>(region.getCountries());
        removed.removeAll(change.countries());
        if (region.isLive() && !removed.isEmpty()) {
          throw new RegionConflict("The live region " + code + " keeps its countries " + removed + ": its partners are there");
        }
        requireCountriesFree(change.countries(), region.getId());
        region.redefine(change.name().strip(), currency, change.defaultLocale(), change.countries(), change.approverGroups());
        return regions.saveAndFlush(region);
      });
    } catch (DataIntegrityViolationException taken) {
      throw new RegionConflict("One of the countries of " + code + " is in another region");
    }
  }

  private void requireCountriesFree(List<String> countries, Long regionId) {
    for (String country : countries) {
      List<Long> holder = jdbc.queryForList("select region_id from region_country where country = ?", Long.class, country);
      if (!holder.isEmpty() && !holder.get(0).equals(regionId)) {
        throw new RegionConflict("The country " + country + " is in another region: take it out there first");
      }
    }
  }

  /**
   * Starts the launch checklist of a planned region: stored as LAUNCHING first, then its process
   * starts; the first step or the orphan sweep binds the instance if the engine's answer is lost.
   */
  public Region launch(String code, String requestedBy) {
    Region launching = transaction.execute(status -> {
      Region region = regions.require(code);
      if (!region.startLaunch(requestedBy, clock.instant())) {
        throw new RegionConflict("The region " + code + " is " + region.getStatus() + ", not PLANNED");
      }
      return regions.saveAndFlush(region);
    });
    long id = launching.getId();
    try {
      starts.await("region launch " + code, process.startAsync(launching), key -> bindQuietly(id, key))
          .ifPresent(key -> bindQuietly(id, key));
    } catch (EngineUnavailable refused) {
      transaction.executeWithoutResult(status -> regions.findById(id).ifPresent(Region::undoLaunch));
      throw refused;
    }
    return regions.findById(id).orElseThrow();
  }

  /** The region's base currency; the programme's for a region that names none. */
  public String baseCurrencyOf(Region region) {
    return region.baseCurrencyOr(rates.programmeCurrency());
  }

  /** A region's MDF budgets, newest quarter first: what each tier had and has left, in the programme currency. */
  public List<Budget> budgets(String code) {
    Region region = regions.require(code);
    return jdbc.query(
        "select tier, quarter, total, remaining from mdf_budget where region_id = ? order by quarter desc, tier",
        (row, i) -> new Budget(row.getString("tier"), row.getString("quarter"), row.getBigDecimal("total"),
            row.getBigDecimal("remaining"), rates.programmeCurrency()),
        region.getId());
  }

  /** One tier's funds for one quarter of a region. */
  public record Budget(String tier, String quarter, BigDecimal total, BigDecimal remaining, String currency) {}

  /** How many applications wait for the region to go live. */
  public long heldApplications(long regionId) {
    Long held = jdbc.queryForObject(
        "select count(*) from partner where region_id = ? and held_for_region_since is not null and stage = ?",
        Long.class, regionId, Stage.RECRUIT.name());
    return held == null ? 0 : held;
  }

  /** Binds the launch to its instance; false when another instance has it. */
  public boolean bind(long regionId, long instanceKey) {
    return Boolean.TRUE.equals(transaction.execute(status -> regions.findById(regionId).orElseThrow().bind(instanceKey)));
  }

  private void bindQuietly(long regionId, long instanceKey) {
    try {
      bind(regionId, instanceKey);
    } catch (RuntimeException e) {
      // the instance's first step binds it
    }
  }

  /** Records the checklist's confirmations and answers where each item stands. */
  public LaunchReadiness checkReadiness(long regionId, String legalEntity, String taxForm) {
    Region region = transaction.execute(status -> {
      Region stored = regions.findById(regionId).orElseThrow();
      stored.confirm(legalEntity, taxForm);
      return regions.saveAndFlush(stored);
    });
    String currency = baseCurrencyOf(region);
    String language = Locale.forLanguageTag(region.getDefaultLocale()).getLanguage();
    return new LaunchReadiness(
        region.getLegalEntity() != null,
        region.getTaxForm() != null,
        AgreementLanguage.ofCode(region.getDefaultLocale()).code().equals(language),
        rates.converts(currency),
        !region.getApproverGroups().isEmpty(),
        !region.getCountries().isEmpty());
  }

  /**
   * Opens the region: LIVE, the partners of its countries move into it, and each held application
   * is told. Told again on a redelivered job; the message id keeps one buffered per application.
   */
  public int goLive(long regionId) {
    List<Long> held = transaction.execute(status -> {
      Region region = regions.lockById(regionId).orElseThrow();
      region.goLive(clock.instant());
      for (String country : region.getCountries()) {
        jdbc.update("update partner set region_id = ? where country = ? and region_id <> ?", regionId, country, regionId);
      }
      return jdbc.queryForList(
          "select id from partner where region_id = ? and held_for_region_since is not null and stage = ? order by id",
          Long.class, regionId, Stage.RECRUIT.name());
    });
    for (long partnerId : held) {
      messages.publish(REGION_LIVE_MESSAGE, String.valueOf(partnerId), "region-live:" + regionId + ":" + partnerId, Map.of());
    }
    return held.size();
  }

  /**
   * Whether the partner's application may go on: its region is live. Otherwise it is marked held
   * (once, with a history entry) and waits for the region-live message or the next check.
   */
  public RegionCheck checkApplication(long partnerId) {
    return transaction.execute(status -> {
      Partner partner = partners.requireForUpdate(partnerId);
      if (partner.getRegionId() == null) {
        partner.assignRegion(countries.regionFor(partner.getCountry()).getId(), clock.instant());
      }
      Region region = regions.lockById(partner.getRegionId()).orElseThrow();
      if (region.isLive()) {
        if (partner.releaseFromHold(clock.instant())) {
          history.record(partner, "APPLICATION_RESUMED", "engine", "region " + region.getCode() + " is live");
        }
        return new RegionCheck(region.getCode(), true, List.copyOf(region.getApproverGroups()));
      }
      if (partner.holdForRegion(clock.instant())) {
        history.record(partner, "APPLICATION_HELD", "engine", "region " + region.getCode() + " is " + region.getStatus());
      }
      return new RegionCheck(region.getCode(), false, List.copyOf(region.getApproverGroups()));
    });
  }

  /** The checklist's items, each true when met; the region-launch-gate decision names what is missing. */
  public record LaunchReadiness(
      boolean legalEntityConfirmed,
      boolean taxFormConfirmed,
      boolean agreementInLocale,
      boolean currencyConvertible,
      boolean approversNamed,
      boolean countriesNamed) {}

  /** Where an application stands with its region. */
  public record RegionCheck(String region, boolean regionLive, List<String> regionApprovers) {}
}
