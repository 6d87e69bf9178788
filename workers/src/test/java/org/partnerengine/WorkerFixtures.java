package org.partnerengine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.partnerengine.onboarding.OnboardingSettings;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.recruitment.PartnerApplication;
import org.partnerengine.recruitment.RecruitmentSettings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What worker tests share: a fixed clock, default settings, and applicants to work on. */
@TestConfiguration(proxyBeanMethods = false)
public class WorkerFixtures {

  public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  @Bean
  RecruitmentSettings recruitmentSettings() {
    return RecruitmentSettings.defaults();
  }

  @Bean
  OnboardingSettings onboardingSettings() {
    return OnboardingSettings.defaults();
  }

  /** A German reseller's application, under a website of its own made from the company name. */
  public static PartnerApplication application(String companyName) {
    return new PartnerApplication(
        companyName,
        PartnerType.RESELLER,
        "DE",
        "https://www." + companyName.toLowerCase().replace(' ', '-') + ".example",
        "Ada Lovelace",
        "ada@example.com",
        new BigDecimal("500000"),
        12);
  }

  /** A German integrator applying from acme-cloud.de, already enriched. */
  public static Partner applicant() {
    return applicant("Acme Cloud GmbH", "DE", "acme-cloud.de");
  }

  public static Partner applicant(String companyName, String country, String domain) {
    Partner partner =
        new Partner(
            companyName,
            PartnerType.SYSTEM_INTEGRATOR,
            country,
            "https://www." + domain,
            "Ada Lovelace",
            "ada@" + domain,
            new BigDecimal("2500000.00"),
            40,
            NOW);
    partner.recordCompanyDomain(domain, NOW);
    return partner;
  }
}
