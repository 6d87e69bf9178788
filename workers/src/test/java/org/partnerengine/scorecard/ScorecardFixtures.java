package org.partnerengine.scorecard;

import org.partnerengine.deals.CreditedWins;
import org.partnerengine.rebates.RebateAmounts;
import org.partnerengine.region.CountryRegions;
import org.partnerengine.region.RegionSums;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The scorecard and what it reads in a JPA slice: credited wins, rebates, and the sums in a region's currency. */
@TestConfiguration(proxyBeanMethods = false)
@Import({Scorecards.class, CreditedWins.class, RebateAmounts.class, RegionSums.class, CountryRegions.class})
public class ScorecardFixtures {}
