package org.partnerengine.offboarding;

import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No-op releases until the deal and MDF features provide theirs: these are fallbacks, so any other
 * bean of the interface wins, wherever it is declared.
 */
@Configuration(proxyBeanMethods = false)
public class OffboardingConfiguration {

  @Bean
  @Fallback
  public DealReleases noDealReleases() {
    return (partnerId, reason) -> {};
  }

  @Bean
  @Fallback
  public MdfReservations noMdfReservations() {
    return (partnerId, reason) -> {};
  }
}
