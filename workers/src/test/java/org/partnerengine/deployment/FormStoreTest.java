package org.partnerengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
@Import({FormStore.class, FormStoreTest.FixedClock.class})
class FormStoreTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    }
  }

  private static final String SCHEMA = "{\"id\":\"approve-application\",\"components\":[{\"type\":\"checkbox\",\"key\":\"approved\"}]}";

  @Autowired FormStore forms;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aStoredFormIsFoundAfterTheCacheIsGoneAsAfterARestart() {
    forms.store(new DeployedForm(2251799813685300L, "approve-application", 3, SCHEMA));

    forms.clearCache();

    assertThat(forms.find(2251799813685300L))
        .contains(new DeployedForm(2251799813685300L, "approve-application", 3, SCHEMA));
  }

  @Test
  void theSameFormDeployedAgainIsStoredOnce() {
    forms.store(new DeployedForm(11L, "follow-up-partner", 1, SCHEMA));
    forms.clearCache();
    forms.store(new DeployedForm(11L, "follow-up-partner", 1, SCHEMA));

    assertThat(jdbc.queryForObject("select count(*) from deployed_form where form_key = 11", Integer.class)).isEqualTo(1);
  }

  @Test
  void aFormNobodyDeployedIsNotFound() {
    assertThat(forms.find(404L)).isEmpty();
  }
}
