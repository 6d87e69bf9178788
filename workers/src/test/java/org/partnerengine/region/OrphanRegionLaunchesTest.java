package org.partnerengine.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A launch stored as LAUNCHING whose start the engine never answered is started once the grace has passed. */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({OrphanRegionLaunches.class, OrphanRegionLaunchesTest.Settings.class})
class OrphanRegionLaunchesTest {

  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final Duration GRACE = Duration.ofMinutes(2);

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @MockitoBean RegionLaunchProcess process;
  @Autowired OrphanRegionLaunches orphans;
  @Autowired Regions regions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aLaunchWithoutAProcessIsStartedOnceAndABoundOneIsLeftAlone() {
    long orphan = launching("ORPHAN_LAUNCH", NOW.minus(GRACE).minusSeconds(1), null);
    launching("BOUND_LAUNCH", NOW.minus(GRACE).minusSeconds(1), 4242L);
    launching("FRESH_LAUNCH", NOW.minusSeconds(10), null);
    when(process.start(any())).thenReturn(777L);

    assertThat(orphans.sweep(GRACE)).isEqualTo(1);
    assertThat(orphans.sweep(GRACE)).as("claimed: a second sweep, or a second app, leaves it").isZero();

    verify(process, times(1)).start(any());
    verify(process).start(org.mockito.ArgumentMatchers.argThat(region -> region.getId() == orphan));
  }

  private long launching(String code, Instant requestedAt, Long instanceKey) {
    jdbc.update("insert into region (code, name, base_currency, default_locale, status, catch_all, launch_requested_by,"
            + " launch_requested_at, process_instance_key, created_at, version) values (?, ?, 'EUR', 'en', 'LAUNCHING', false, 'manager', ?, ?, ?, 0)",
        code, code, Timestamp.from(requestedAt), instanceKey, Timestamp.from(requestedAt));
    return regions.findByCode(code).orElseThrow().getId();
  }
}
