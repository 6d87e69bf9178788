package org.partnerengine.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partnerengine.money.ConvertibleCurrency;

/**
 * A campaign as a partner manager plans it. The copy is what each partner launches under its own
 * brand: a Mustache template whose merge fields ({@code {{partner.legalName}}}, {@code
 * {{partner.contactName}}}, {@code {{partner.contactEmail}}}, {@code {{partner.website}}}, {@code
 * {{campaign.name}}}, {@code {{responseLink}}}) are filled per partner at launch. The assets are
 * published library assets handed out with it. The cost is what one partner's part costs; the
 * campaign-funding decision says which share of it the vendor funds.
 */
public record CampaignForm(
    @NotBlank @Size(max = 200) String name,
    @NotNull CampaignGoal goal,
    @Valid CampaignAudience audience,
    @NotNull @FutureOrPresent LocalDate startsOn,
    @NotNull LocalDate endsOn,
    @Min(1) @Max(60) Integer optInDays,
    @NotNull @DecimalMin("0.00") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal costPerPartner,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") @ConvertibleCurrency String currency,
    @NotBlank @Size(max = 200) String copySubject,
    @NotBlank @Size(max = 8000) String copyBody,
    @Size(max = 10) List<@NotNull Long> assetIds) {

  public CampaignForm {
    audience = audience == null ? CampaignAudience.anyone() : audience;
    optInDays = optInDays == null ? 7 : optInDays;
    assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
  }
}
