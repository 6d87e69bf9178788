package org.partnerengine.tiering;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default tier facts: the deal and certificate tables, unless another feature provides a source. */
@Configuration(proxyBeanMethods = false)
public class TieringConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public TierFactsSource tierFactsSource(JdbcTemplate jdbc) {
    return new JdbcTierFactsSource(jdbc);
  }
}
