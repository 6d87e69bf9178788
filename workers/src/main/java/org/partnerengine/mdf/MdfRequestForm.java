package org.partnerengine.mdf;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnerengine.money.ConvertibleCurrency;

/**
 * What a partner asks funds for: an activity, how much, and when it takes place. The currency defaults
 * to the programme currency; another must be an ISO 4217 code with an exchange rate into it.
 */
public record MdfRequestForm(
    @NotBlank @Size(max = 1000) String activity,
    @NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal amount,
    @NotNull @FutureOrPresent LocalDate plannedDate,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") @ConvertibleCurrency String currency) {

  /** A request in the programme currency. */
  public MdfRequestForm(String activity, BigDecimal amount, LocalDate plannedDate) {
    this(activity, amount, plannedDate, null);
  }
}
