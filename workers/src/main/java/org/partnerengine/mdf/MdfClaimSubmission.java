package org.partnerengine.mdf;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A claim on a reserved request: proof that the activity happened (text or a link) and the amount spent. */
public record MdfClaimSubmission(
    @NotBlank @Size(max = 2000) String proofOfPerformance,
    @NotNull @DecimalMin("0.01") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal amountClaimed) {}
