package org.partnerengine.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Built by Spring's validator factory, so it can ask the rates. Where no Spring factory builds it
 * (plain Jakarta Validation), only the ISO 4217 check applies.
 */
public class ConvertibleCurrencyValidator implements ConstraintValidator<ConvertibleCurrency, String> {

  private final FxRates rates;

  @Autowired
  public ConvertibleCurrencyValidator(FxRates rates) {
    this.rates = rates;
  }

  public ConvertibleCurrencyValidator() {
    this(null);
  }

  @Override
  public boolean isValid(String code, ConstraintValidatorContext context) {
    if (code == null) {
      return true;
    }
    if (!Currencies.isIso4217(code)) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("must be an ISO 4217 currency code such as EUR").addConstraintViolation();
      return false;
    }
    return rates == null || rates.converts(code);
  }
}
