package org.partnerengine.deals;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Won or lost, with the final amount if it differs from the registered one. */
record DealOutcomeReport(
    @NotNull DealOutcome outcome,
    @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal amount) {}
