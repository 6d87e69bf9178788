package org.partnerengine.forecast;

import org.partnerengine.partner.PartnerNotFound;
import org.partnerengine.partner.Partners;
import org.partnerengine.security.Caller;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Next quarter's revenue forecast, per partner and for the programme (docs/analytics.md). */
@RestController
public class ForecastController {

  private final Forecasts forecasts;
  private final Partners partners;

  ForecastController(Forecasts forecasts, Partners partners) {
    this.forecasts = forecasts;
    this.partners = partners;
  }

  @GetMapping("/api/partners/{id}/forecast")
  Forecast partnerForecast(@PathVariable long id, Authentication authentication) {
    if (!Caller.of(authentication).mayAccessPartner(id)) {
      throw new PartnerNotFound(id);
    }
    partners.require(id);
    return forecasts.nextQuarter(id);
  }

  @GetMapping("/api/analytics/forecast")
  Forecast programmeForecast() {
    return forecasts.nextQuarter(null);
  }
}
