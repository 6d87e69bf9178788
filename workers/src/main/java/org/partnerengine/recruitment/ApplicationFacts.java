package org.partnerengine.recruitment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The non-personal facts of an application that the partner-fit decision scores. They go into
 * the process as variables; names, addresses and e-mails stay in the database.
 */
public record ApplicationFacts(
    String partnerType, String country, BigDecimal annualRevenue, int employees, List<String> specialisations) {}
