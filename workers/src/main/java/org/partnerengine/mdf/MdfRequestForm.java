package org.partnerengine.mdf;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a partner asks funds for: an activity, how much, and when it takes place. */
public record MdfRequestForm(
    @NotBlank @Size(max = 1000) String activity,
    @NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal amount,
    @NotNull @FutureOrPresent LocalDate plannedDate) {}
