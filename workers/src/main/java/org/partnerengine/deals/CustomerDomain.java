package org.partnerengine.deals;

import java.net.URI;
import java.util.Locale;

/** A customer's registrable host, lower case and without "www.": what conflicts are matched on. */
final class CustomerDomain {

  private CustomerDomain() {}

  static String of(String domainOrAddress) {
    String address = domainOrAddress.strip();
    if (!address.contains("://")) {
      address = "https://" + address;
    }
    String host = URI.create(address).getHost();
    if (host == null) {
      throw new IllegalArgumentException("Not a domain: " + domainOrAddress);
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
