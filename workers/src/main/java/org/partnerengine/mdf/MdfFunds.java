package org.partnerengine.mdf;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.partnerengine.money.FxRates;
import org.partnerengine.region.Region;
import org.partnerengine.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves money between a region's quarterly budget for a tier and its requests. Each move pairs a conditional
 * update of the request (which only one transaction can win) with a conditional update of the
 * budget (which refuses to go below zero), in one transaction. Budgets are in the programme currency:
 * a request draws its programme-currency amount (converted at its request date's rate), and what goes
 * back is worked out at that same rate, so the budget never moves by a later rate.
 */
@Service
public class MdfFunds {

  /** The outcome of a reservation attempt. */
  public enum Reservation {
    RESERVED,
    ALREADY_RESERVED,
    BUDGET_EXCEEDED
  }

  private final MdfRequestRepository requests;
  private final MdfBudgets budgets;
  private final MdfPayouts payouts;
  private final MdfSettings settings;
  private final Regions regions;
  private final FxRates rates;
  private final TransactionTemplate seeding;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public MdfFunds(
      MdfRequestRepository requests,
      MdfBudgets budgets,
      MdfPayouts payouts,
      MdfSettings settings,
      Regions regions,
      FxRates rates,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.rates = rates;
    this.regions = regions;
    this.requests = requests;
    this.budgets = budgets;
    this.payouts = payouts;
    this.settings = settings;
    this.seeding = new TransactionTemplate(transactions);
    this.seeding.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Reserves the request's amount from its tier's quarter. The quarter is seeded from configuration
   * first, in a transaction of its own, so the reservation does not hold a seeding lock.
   * BUDGET_EXCEEDED rolls everything back: the request stays REQUESTED.
   */
  public Reservation reserve(long requestId) {
    MdfRequest request = requests.require(requestId);
    ensureSeeded(request.getRegionId(), request.getTier(), request.getBudgetQuarter());
    return transaction.execute(
        status -> {
          if (requests.markReserved(requestId, clock.instant()) == 0) {
            return Reservation.ALREADY_RESERVED;
          }
          if (budgets.take(request.getRegionId(), request.getTier(), request.getBudgetQuarter(), request.budgetAmount()) == 0) {
            status.setRollbackOnly();
            return Reservation.BUDGET_EXCEEDED;
          }
          return Reservation.RESERVED;
        });
  }

  /** Gives an unclaimed or refused reservation back to the budget, once. */
  @Transactional
  public boolean release(long requestId, String reason) {
    MdfRequest request = requests.require(requestId);
    if (requests.markReleased(requestId, reason, clock.instant()) == 0) {
      return false;
    }
    budgets.giveBack(request.getRegionId(), request.getTier(), request.getBudgetQuarter(), request.budgetAmount());
    return true;
  }

  /**
   * Pays a verified claim, at most the reserved amount, once per request; the rest of the
   * reservation goes back to the budget.
   */
  @Transactional
  public MdfPayout pay(long requestId, BigDecimal amountApproved) {
    Optional<MdfPayout> existing = payouts.findByMdfRequestId(requestId);
    if (existing.isPresent()) {
      return existing.get();
    }
    MdfRequest request = requests.require(requestId);
    if (requests.markPaid(requestId, clock.instant()) == 0) {
      throw new IllegalStateException("MDF request " + requestId + " is " + request.getStatus() + " and cannot be paid");
    }
    BigDecimal reserved = request.getReservedAmount();
    BigDecimal amount = amountApproved.max(BigDecimal.ZERO).min(reserved);
    // The whole reservation pays out at exactly what it drew; a part at the request's rate, rounded
    // as every conversion is, and never more than was drawn.
    BigDecimal paidInProgramme =
        amount.compareTo(reserved) == 0 ? request.budgetAmount() : rates.apply(amount, request.budgetRate()).min(request.budgetAmount());
    MdfPayout payout = payouts.saveAndFlush(new MdfPayout(requestId, amount, paidInProgramme, clock.instant()));
    BigDecimal remainder = request.budgetAmount().subtract(paidInProgramme);
    if (remainder.signum() > 0) {
      budgets.giveBack(request.getRegionId(), request.getTier(), request.getBudgetQuarter(), remainder);
    }
    return payout;
  }

  private void ensureSeeded(long regionId, String tier, String quarter) {
    if (budgets.countByRegionAndTierAndQuarter(regionId, tier, quarter) > 0) {
      return;
    }
    String region = regions.findById(regionId).map(Region::getCode).orElseThrow();
    seeding.executeWithoutResult(status -> budgets.seed(regionId, tier, quarter, settings.budgetFor(region, tier)));
  }
}
