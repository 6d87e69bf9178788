package org.partnerengine.banking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.partnerengine.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner's payout account. The partner gives it while onboarding; finance (approvers in the
 * {@code finance} group) verifies it, sees it whole and alone changes it afterwards. Everyone else
 * sees the IBAN masked.
 */
@RestController
@RequestMapping("/api/partners/{id}/banking-details")
class BankingDetailsController {

  static final String FINANCE = "finance";
  /** Any text a person types on one line: no control characters. */
  private static final String ONE_LINE = "[^\\p{Cntrl}]*";

  private final PartnerBankingDetails banking;

  BankingDetailsController(PartnerBankingDetails banking) {
    this.banking = banking;
  }

  record BankingDetailsForm(
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String accountHolder,
      @NotBlank @Size(max = 42) String iban,
      @Size(max = 11) String bic) {}

  /** {@code iban} whole for finance, masked for everyone else. */
  record BankingDetailsView(String accountHolder, String iban, boolean ibanMasked, String bic, Instant submittedAt) {

    static BankingDetailsView of(PayoutAccount account, boolean whole) {
      return new BankingDetailsView(
          account.getAccountHolder(), whole ? account.getIban() : account.maskedIban(), !whole, account.getBic(), account.getSubmittedAt());
    }
  }

  @GetMapping
  BankingDetailsView details(@PathVariable long id, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    return banking
        .of(id)
        .map(account -> BankingDetailsView.of(account, isFinance(caller)))
        .orElseThrow(() -> new NotFound("No banking details", "Partner " + id + " has given no banking details yet"));
  }

  @PutMapping
  BankingDetailsView submit(@PathVariable long id, @Valid @RequestBody BankingDetailsForm form, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    boolean finance = isFinance(caller);
    if (!finance && !caller.is(Role.PARTNER)) {
      throw new AccessDeniedException("Banking details are given by the partner or changed by finance");
    }
    BankAccount account = BankAccount.of(form.accountHolder(), form.iban(), form.bic());
    return BankingDetailsView.of(banking.submit(id, account, caller.username(), finance), finance);
  }

  private static boolean isFinance(Caller caller) {
    return caller.is(Role.APPROVER) && caller.groups().contains(FINANCE);
  }

}
