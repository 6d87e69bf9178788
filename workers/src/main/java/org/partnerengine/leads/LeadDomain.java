package org.partnerengine.leads;

import java.net.URI;
import java.util.Locale;

/** A lead's company host, lower case and without "www.": what direct sales and deals are matched on. */
final class LeadDomain {

  private LeadDomain() {}

  static String of(String domainOrAddress) {
    String address = domainOrAddress.strip();
    if (!address.contains("://")) {
      address = "https://" + address;
    }
    String host;
    try {
      host = URI.create(address).getHost();
    } catch (IllegalArgumentException e) {
      host = null;
    }
    if (host == null) {
      throw new IllegalArgumentException("Not a domain: " + domainOrAddress);
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
