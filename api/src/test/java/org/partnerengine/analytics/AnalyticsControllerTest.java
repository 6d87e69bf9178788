package org.partnerengine.analytics;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.attention.AttentionController;
import org.partnerengine.attention.AttentionKind;
import org.partnerengine.attention.AttentionStatus;
import org.partnerengine.attention.PartnerAttention;
import org.partnerengine.attention.PartnerAttentions;
import org.partnerengine.forecast.Forecast;
import org.partnerengine.forecast.ForecastController;
import org.partnerengine.forecast.Forecasts;
import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.scorecard.DealWindow;
import org.partnerengine.scorecard.Scorecard;
import org.partnerengine.scorecard.ScorecardController;
import org.partnerengine.scorecard.Scorecards;
import org.partnerengine.web.ApiSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({AnalyticsController.class, ScorecardController.class, ForecastController.class, AttentionController.class})
@ApiSliceTest
class AnalyticsControllerTest {

  static final Instant NOW = Instant.parse("2026-12-31T12:00:00Z");

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean StageAnalytics stages;
  @MockitoBean TaskAnalytics tasks;
  @MockitoBean Scorecards scorecards;
  @MockitoBean Forecasts forecasts;
  @MockitoBean PartnerAttentions attentions;
  @MockitoBean Partners partners;

  static final RequestPostProcessor MANAGER = httpBasic("manager", "manager");
  static final RequestPostProcessor PARTNER_FIVE =
      user("owner@acme.example").authorities(new SimpleGrantedAuthority("ROLE_PARTNER"), new SimpleGrantedAuthority("PARTNER_5"));

  @Test
  void stageCycleTimesAreGivenAsDurationsAndDaysForTheChosenPeriod() throws Exception {
    when(stages.cycleTimes(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")))
        .thenReturn(List.of(new StageCycleTime(
                    Stage.ONBOARD, 12, 40, Duration.ofHours(36), Duration.ofDays(9),
                    List.of(new StageCycleTime.Bucket(1L, 10), new StageCycleTime.Bucket(null, 30)))));

    mvc.perform(get("/api/analytics/stages?from=2026-01-01&to=2026-04-01").with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stages[0].stage").value("ONBOARD"))
        .andExpect(jsonPath("$.stages[0].partnersNow").value(12))
        .andExpect(jsonPath("$.stages[0].visits").value(40))
        .andExpect(jsonPath("$.stages[0].medianDays").value(1.5))
        .andExpect(jsonPath("$.stages[0].p90Days").value(9.0))
        .andExpect(jsonPath("$.stages[0].histogram[0].upToDays").value(1))
        .andExpect(jsonPath("$.stages[0].histogram[1].visits").value(30));
  }

  @Test
  void withoutAPeriodTheLast90DaysUpToTodayAreTaken() throws Exception {
    when(stages.cycleTimes(any(), any())).thenReturn(List.of());

    mvc.perform(get("/api/analytics/stages").with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2026-10-03"))
        .andExpect(jsonPath("$.to").value("2027-01-01"));
    verify(stages).cycleTimes(Instant.parse("2026-10-03T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void aBadPeriodIs400NamingTheField() throws Exception {
    mvc.perform(get("/api/analytics/stages?from=yesterday").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get("/api/analytics/stages?from=2026-05-01&to=2026-04-01").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get("/api/analytics/stages?from=2020-01-01&to=2026-01-01").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("the period may span at most 731 days"));
  }

  @Test
  void theStageTimelineHasBoundedPoints() throws Exception {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    when(stages.timeline(at, Instant.parse("2026-01-15T00:00:00Z"), Duration.ofDays(7)))
        .thenReturn(List.of(new StageAnalytics.StageCounts(at, java.util.Map.of(Stage.ACTIVE, 3L))));

    mvc.perform(get("/api/analytics/stages/timeline?from=2026-01-01&to=2026-01-15&stepDays=7").with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.points[0].partners.ACTIVE").value(3));
    mvc.perform(get("/api/analytics/stages/timeline?from=2020-01-01&to=2026-01-01&stepDays=1").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stepDays"));
    mvc.perform(get("/api/analytics/stages/timeline?stepDays=0").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stepDays"));
    mvc.perform(get("/api/analytics/stages/timeline").with(PARTNER_FIVE)).andExpect(status().isForbidden());
  }

  @Test
  void aForecastWithAnAmountNoRateConvertsIsAProblemNamingTheCurrency() throws Exception {
    when(forecasts.nextQuarter(null))
        .thenThrow(new org.partnerengine.money.FxRateMissing("BRL", "EUR", java.time.LocalDate.of(2026, 12, 4)));

    mvc.perform(get("/api/analytics/forecast").with(MANAGER))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Exchange rate missing"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("BRL into EUR on or before 2026-12-04")));
  }

  @Test
  void taskStatisticsPerTaskType() throws Exception {
    when(tasks.byTaskType())
        .thenReturn(List.of(new TaskTypeStats("Task_ApproveApplication", 4, 1, 30, Duration.ofMinutes(90))));

    mvc.perform(get("/api/analytics/tasks").with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].elementId").value("Task_ApproveApplication"))
        .andExpect(jsonPath("$[0].open").value(4))
        .andExpect(jsonPath("$[0].overdue").value(1))
        .andExpect(jsonPath("$[0].medianHoursToComplete").value(1.5));
  }

  @Test
  void theAttentionListNeedsAKnownKindAndABoundedPage() throws Exception {
    PartnerAttention attention = new PartnerAttention(5, "NO_RECENT_DEALS", AttentionKind.AT_RISK, NOW);
    when(attentions.findByStatusAndKind(eq(AttentionStatus.OPEN), eq(AttentionKind.AT_RISK), any()))
        .thenReturn(new PageImpl<>(List.of(attention), PageRequest.of(0, 20), 1));

    mvc.perform(get("/api/analytics/attention?kind=AT_RISK").with(MANAGER))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].partnerId").value(5))
        .andExpect(jsonPath("$.content[0].reason").value("NO_RECENT_DEALS"))
        .andExpect(jsonPath("$.page.totalElements").value(1));
    mvc.perform(get("/api/analytics/attention?kind=BORED").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    mvc.perform(get("/api/analytics/attention").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"));
    mvc.perform(get("/api/analytics/attention?kind=AT_RISK&size=101").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void programmeAnalyticsAreForManagersOnly() throws Exception {
    for (String path : List.of("/api/analytics/stages", "/api/analytics/tasks", "/api/analytics/forecast", "/api/analytics/attention?kind=AT_RISK")) {
      mvc.perform(get(path).with(httpBasic("approver", "approver"))).andExpect(status().isForbidden());
      mvc.perform(get(path).with(httpBasic("designer", "designer"))).andExpect(status().isForbidden());
      mvc.perform(get(path).with(PARTNER_FIVE)).andExpect(status().isForbidden());
      mvc.perform(get(path)).andExpect(status().isUnauthorized());
    }
  }

  @Test
  void aPartnerSeesItsOwnScorecardAndForecastAndNoOneElses() throws Exception {
    when(scorecards.of(5)).thenReturn(scorecard(5));
    when(forecasts.nextQuarter(5L)).thenReturn(forecast(5L));

    mvc.perform(get("/api/partners/5/scorecard").with(PARTNER_FIVE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tier").value("GOLD"))
        .andExpect(jsonPath("$.last90Days.winRate").value(0.5));
    mvc.perform(get("/api/partners/5/forecast").with(PARTNER_FIVE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.forecast").value(1234.5));
    mvc.perform(get("/api/partners/6/scorecard").with(PARTNER_FIVE)).andExpect(status().isNotFound());
    mvc.perform(get("/api/partners/6/forecast").with(PARTNER_FIVE)).andExpect(status().isNotFound());
  }

  @Test
  void staffReadScorecardsAndAnUnknownPartnerIs404() throws Exception {
    when(scorecards.of(5)).thenReturn(scorecard(5));
    when(scorecards.of(404)).thenThrow(new PartnerNotFound(404));
    when(partners.require(404)).thenThrow(new PartnerNotFound(404));

    mvc.perform(get("/api/partners/5/scorecard").with(httpBasic("approver", "approver"))).andExpect(status().isOk());
    mvc.perform(get("/api/partners/404/scorecard").with(MANAGER)).andExpect(status().isNotFound());
    mvc.perform(get("/api/partners/404/forecast").with(MANAGER)).andExpect(status().isNotFound());
    mvc.perform(get("/api/partners/abc/scorecard").with(MANAGER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("id"));
    mvc.perform(get("/api/partners/5/scorecard").with(httpBasic("designer", "designer"))).andExpect(status().isForbidden());
  }

  private static Scorecard scorecard(long id) {
    DealWindow window = new DealWindow(4, 1, 1, new BigDecimal("1000"), new BigDecimal("0.5"));
    return new Scorecard(
        id, NOW, Stage.ACTIVE, NOW.minus(Duration.ofDays(3)), 3, "GOLD", "Gold", window, window, 2, 1,
        BigDecimal.TEN, BigDecimal.ONE, 90, List.of(new Scorecard.QuarterRevenue("2026-Q4", new BigDecimal("1000"), null)), "EUR",
        new Scorecard.InRegionCurrency("GLOBAL", "EUR", new Scorecard.WindowRevenue(new BigDecimal("1000")),
            new Scorecard.WindowRevenue(new BigDecimal("1000")), BigDecimal.TEN, BigDecimal.ONE, List.of()));
  }

  private static Forecast forecast(Long id) {
    return new Forecast(
        id, "2027-Q1", NOW, List.of(BigDecimal.ONE), BigDecimal.ONE, new BigDecimal("0.5"), BigDecimal.TEN,
        BigDecimal.ONE, new BigDecimal("0.7"), new BigDecimal("1234.5"));
  }
}
