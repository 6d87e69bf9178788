package org.partnerengine.recruitment;

import java.net.URI;
import java.util.Locale;

/** The registrable host of a company's website: what duplicate applications are matched on. */
final class CompanyDomain {

  private CompanyDomain() {}

  static String of(String website) {
    String address = website.strip();
    if (!address.contains("://")) {
      address = "https://" + address;
    }
    String host = URI.create(address).getHost();
    if (host == null) {
      throw new IllegalArgumentException("Not a web address: " + website);
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }
}
