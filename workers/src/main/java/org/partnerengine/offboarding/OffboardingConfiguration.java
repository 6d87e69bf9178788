package org.partnerengine.offboarding;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** No-op releases until the deal and MDF features provide theirs (a bean of the interface wins). */
@Configuration(proxyBeanMethods = false)
public class OffboardingConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public DealReleases dealReleases() {
    return (partnerId, reason) -> {};
  }

  @Bean
  @ConditionalOnMissingBean
  public MdfReservations mdfReservations() {
    return (partnerId, reason) -> {};
  }
}
