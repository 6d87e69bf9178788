package org.partnerengine.leads;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The customers direct sales owns (the deals' {@code direct-sales-domains}), matched by host. */
public final class DirectSalesAccounts {

  private final Set<String> domains;

  public DirectSalesAccounts(List<String> domainsOrAddresses) {
    this.domains = domainsOrAddresses.stream().map(LeadDomain::of).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether direct sales owns the customer at this domain or address. */
  public boolean owns(String domainOrAddress) {
    return domains.contains(LeadDomain.of(domainOrAddress));
  }
}
