package org.partnerengine.money;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Built by Spring's validator factory, so it can ask the rates. Where no rates service exists (plain
 * Jakarta Validation, a web slice), only the ISO 4217 check applies.
 */
public class ConvertibleCurrencyValidator implements ConstraintValidator<ConvertibleCurrency, String> {

  private final FxRates rates;

  @Autowired
  public ConvertibleCurrencyValidator(ObjectProvider<FxRates> rates) {
    this(rates.getIfAvailable());
  }

  ConvertibleCurrencyValidator(FxRates rates) {
    this.rates = rates;
  }

  public ConvertibleCurrencyValidator() {
    this((FxRates) null);
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
