package org.partnerengine.ecosystem;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.partnerengine.web.ProblemResponses;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account mapping: a partner shares its account lists, each at the level it chooses, and reads
 * where they overlap with the vendor's. The partner decides what it shares (a partner manager may
 * load a list for it); the overlaps are for the partner and staff.
 */
@RestController
class AccountMappingController {

  private final SharedPopulations populations;
  private final AccountOverlaps overlaps;
  private final VendorSharing vendorSharing;
  private final AccountPlays plays;
  private final PlayAnswers answers;
  private final AccountPartners accountPartners;

  AccountMappingController(
      SharedPopulations populations,
      AccountOverlaps overlaps,
      VendorSharing vendorSharing,
      AccountPlays plays,
      PlayAnswers answers,
      AccountPartners accountPartners) {
    this.populations = populations;
    this.overlaps = overlaps;
    this.vendorSharing = vendorSharing;
    this.plays = plays;
    this.answers = answers;
    this.accountPartners = accountPartners;
  }

  /** The note is what the partner writes: lines of text, no other control characters. */
  record PlayAnswerForm(@NotNull Boolean accepted, @Size(max = 1000) @Pattern(regexp = "[^\\p{Cntrl}]*+(?:\\R[^\\p{Cntrl}]*+)*+") String note) {}

  record VendorSharingForm(@NotNull SharingLevel sharingLevel) {}

  /** The accounts as the partner's CRM exports them: domains, web addresses or e-mail addresses. */
  record PopulationForm(@NotNull SharingLevel sharingLevel, @NotNull @Size(max = 5_000) List<@NotNull @Size(max = 320) String> accounts) {}

  @GetMapping("/api/partners/{id}/populations")
  List<SharedPopulation> populations(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return populations.of(id);
  }

  @PutMapping("/api/partners/{id}/populations/{population}")
  SharedPopulation share(
      @PathVariable long id, @PathVariable AccountPopulation population, @Valid @RequestBody PopulationForm form, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    if (!caller.is(Role.PARTNER) && !caller.is(Role.PARTNER_MANAGER)) {
      throw new AccessDeniedException("A partner shares its own account lists, or a partner manager loads them for it");
    }
    return populations.share(id, population, form.sharingLevel(), form.accounts(), caller.username());
  }

  /** How far the vendor shares each of its populations with partners; managers set it. */
  @GetMapping("/api/ecosystem/vendor-sharing")
  List<OverlapMatrix.VendorSide> vendorSharing() {
    return vendorSharing.levels();
  }

  @PutMapping("/api/ecosystem/vendor-sharing/{population}")
  List<OverlapMatrix.VendorSide> shareVendorPopulation(
      @PathVariable AccountPopulation population, @Valid @RequestBody VendorSharingForm form, Authentication authentication) {
    return vendorSharing.set(population, form.sharingLevel(), authentication.getName());
  }

  /**
   * The partners that know an account, best first, with the reasons: only through overlaps both
   * sides share as accounts.
   */
  @GetMapping("/api/ecosystem/account-partners")
  AccountPartners.AccountRanking accountPartners(@RequestParam @NotBlank @Size(max = 320) String account) {
    return accountPartners.rank(account).orElseThrow(() -> ProblemResponses.invalidField("account", "names no registrable domain"));
  }

  /** The plays raised for the partner, newest first. */
  @GetMapping("/api/partners/{id}/plays")
  List<AccountPlay> plays(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return plays.of(id);
  }

  /** The partner's own answer: staff do not accept an introduction on a partner's behalf. */
  @PostMapping("/api/partners/{id}/plays/{playId}/answer")
  AccountPlay answer(@PathVariable long id, @PathVariable long playId, @Valid @RequestBody PlayAnswerForm form, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    if (!caller.is(Role.PARTNER)) {
      throw new AccessDeniedException("A play is answered by its partner");
    }
    return answers.answer(id, playId, form.accepted(), form.note(), caller.username());
  }

  @GetMapping("/api/partners/{id}/overlaps")
  OverlapMatrix overlaps(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return overlaps.of(id);
  }
}
