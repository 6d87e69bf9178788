package org.partnerengine.money;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The default money settings (programme currency EUR) and the rates service, for JPA slices. */
@TestConfiguration(proxyBeanMethods = false)
@Import(FxRates.class)
public class MoneyFixtures {

  @Bean
  MoneySettings moneySettings() {
    return MoneySettings.defaults();
  }
}
