package org.partnerengine.rebates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void aQuarterRunsFromItsFirstDayToTheNextQuartersFirstDay() {
    Quarter q4 = Quarter.parse("2026-Q4");

    assertThat(q4.start()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
    assertThat(q4.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void theQuarterBeforeTheFirstIsTheLastOfTheYearBefore() {
    assertThat(Quarter.containing(Instant.parse("2027-01-01T01:00:00Z")).previous()).hasToString("2026-Q4");
    assertThat(Quarter.containing(Instant.parse("2026-06-30T23:59:59Z"))).hasToString("2026-Q2");
  }

  @Test
  void refusesWhatIsNotAQuarter() {
    assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quarter.parse("2026-12")).isInstanceOf(IllegalArgumentException.class);
  }
}
