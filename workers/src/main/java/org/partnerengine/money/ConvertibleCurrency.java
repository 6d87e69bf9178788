package org.partnerengine.money;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISO 4217 code the programme can report in: the programme currency, or one a reference rate
 * converts into it. Null passes (the field's default applies). Checked where input arrives, so an
 * amount is never accepted that no report could add up.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConvertibleCurrencyValidator.class)
public @interface ConvertibleCurrency {

  String message() default "must be an ISO 4217 currency code with an exchange rate into the programme currency, such as EUR";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
