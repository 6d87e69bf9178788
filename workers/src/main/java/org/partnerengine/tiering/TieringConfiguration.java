package org.partnerengine.tiering;

import org.partnerengine.money.MoneySettings;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default tier facts: the deal and certificate tables. A fallback, so another bean of {@link
 * TierFactsSource} (a feature that keeps deals or certificates elsewhere, or a test) wins.
 */
@Configuration(proxyBeanMethods = false)
public class TieringConfiguration {

  @Bean
  @Fallback
  public TierFactsSource dealTablesTierFacts(JdbcTemplate jdbc, MoneySettings money) {
    return new JdbcTierFactsSource(jdbc, money.programmeCurrency());
  }
}
