package org.partnerengine.ecosystem;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The vendor's side of the map, read from what the programme already knows: its customers are
 * the customers of won deals, its open opportunities the open deal registrations, its prospects
 * the leads still being worked.
 */
@Component
class VendorPopulations {

  private final JdbcTemplate jdbc;

  VendorPopulations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Set<String> accounts(AccountPopulation population) {
    List<String> hosts = switch (population) {
      case CUSTOMERS -> jdbc.queryForList("select distinct customer_domain from deal where status = 'WON'", String.class);
      case OPEN_OPPORTUNITIES -> jdbc.queryForList(
          "select distinct customer_domain from deal where status in ('REGISTERED', 'APPROVED', 'WON_UNVERIFIED')", String.class);
      case PROSPECTS -> jdbc.queryForList(
          "select distinct domain from sales_lead where status in ('RECEIVED', 'ROUTING', 'ACCEPTED', 'ASSIGNED', 'DIRECT_SALES', 'TRIAGE')",
          String.class);
    };
    Set<String> domains = new HashSet<>();
    for (String host : hosts) {
      AccountDomain.registrable(host).ifPresent(domains::add);
    }
    return domains;
  }
}
