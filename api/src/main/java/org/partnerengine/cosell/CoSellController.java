package org.partnerengine.cosell;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partnerengine.deals.Deal;
import org.partnerengine.deals.DealNotFound;
import org.partnerengine.deals.Deals;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Co-selling on a deal: the owning partner (or a manager for it) asks direct sales for help, and
 * proposes a revenue split with partners that co-sold it; the owner answers a split a manager
 * proposed. Staff read requests and splits (approvers decide them through their tasks); a partner
 * reaches the deals it owns, and the splits that name it.
 */
@RestController
class CoSellController {

  private final CoSelling coSelling;
  private final CoSellRequests requests;
  private final RevenueSplits splits;
  private final DealSplits dealSplits;
  private final Deals deals;

  CoSellController(CoSelling coSelling, CoSellRequests requests, RevenueSplits splits, DealSplits dealSplits, Deals deals) {
    this.coSelling = coSelling;
    this.requests = requests;
    this.splits = splits;
    this.dealSplits = dealSplits;
    this.deals = deals;
  }

  @PostMapping("/api/deals/{dealId}/co-sell")
  ResponseEntity<CoSellRequestView> requestHelp(
      @PathVariable long dealId, @Valid @RequestBody CoSelling.HelpRequest help, Authentication authentication) {
    Deal deal = ownDeal(dealId, authentication);
    CoSellRequest request = coSelling.request(deal.getId(), help, authentication.getName());
    return ResponseEntity.accepted().body(CoSellRequestView.of(request, deal));
  }

  @GetMapping("/api/deals/{dealId}/co-sell")
  List<CoSellRequestView> coSellRequests(@PathVariable long dealId, Authentication authentication) {
    Deal deal = ownDeal(dealId, authentication);
    return coSelling.ofDeal(dealId).stream().map(r -> CoSellRequestView.of(r, deal)).toList();
  }

  @GetMapping("/api/co-sell-requests/{id}")
  CoSellRequestView coSellRequest(@PathVariable long id, Authentication authentication) {
    CoSellRequest request = requests.require(id);
    if (!Caller.of(authentication).mayAccessPartner(request.getPartnerId())) {
      throw new CoSellRequestNotFound(id);
    }
    return CoSellRequestView.of(request, deals.require(request.getDealId()));
  }

  @PostMapping("/api/deals/{dealId}/splits")
  ResponseEntity<SplitView> proposeSplit(
      @PathVariable long dealId, @Valid @RequestBody RevenueSplits.Proposal proposal, Authentication authentication) {
    Deal deal = ownDeal(dealId, authentication);
    boolean byOwner = Caller.of(authentication).is(Role.PARTNER);
    DealSplit split = splits.propose(deal.getId(), proposal, authentication.getName(), byOwner);
    return ResponseEntity.accepted().body(SplitView.of(split, deal));
  }

  @GetMapping("/api/deals/{dealId}/splits")
  List<SplitView> splits(@PathVariable long dealId, Authentication authentication) {
    Deal deal = ownDeal(dealId, authentication);
    return splits.ofDeal(dealId).stream().map(s -> SplitView.of(s, deal)).toList();
  }

  @GetMapping("/api/deal-splits/{id}")
  SplitView split(@PathVariable long id, Authentication authentication) {
    DealSplit split = dealSplits.require(id);
    Caller caller = Caller.of(authentication);
    if (!caller.isStaff() && split.getShares().stream().noneMatch(s -> caller.mayAccessPartner(s.partnerId()))) {
      throw new SplitNotFound(id);
    }
    return SplitView.of(split, deals.require(split.getDealId()));
  }

  record OwnerAnswer(@NotNull Boolean accepted) {}

  /** The owning partner's answer to a split a manager proposed. */
  @PostMapping("/api/deal-splits/{id}/answer")
  SplitView answer(@PathVariable long id, @Valid @RequestBody OwnerAnswer answer, Authentication authentication) {
    Caller caller = Caller.of(authentication);
    DealSplit split = dealSplits.require(id);
    if (!caller.mayAccessPartner(split.getOwnerPartnerId())) {
      throw new SplitNotFound(id);
    }
    DealSplit answered = splits.ownerAnswer(id, split.getOwnerPartnerId(), answer.accepted(), caller.username());
    return SplitView.of(answered, deals.require(answered.getDealId()));
  }

  /** A partner reaches the deals it owns; another partner's deal is not there for it. */
  private Deal ownDeal(long dealId, Authentication authentication) {
    Deal deal = deals.require(dealId);
    if (!Caller.of(authentication).mayAccessPartner(deal.getPartnerId())) {
      throw new DealNotFound(dealId);
    }
    return deal;
  }
}
