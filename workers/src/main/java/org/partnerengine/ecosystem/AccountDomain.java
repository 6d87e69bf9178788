package org.partnerengine.ecosystem;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * An account's registrable domain: what two account lists are matched on. "https://WWW.Shop.Acme.co.uk./x"
 * and "sales@acme.co.uk" are both {@code acme.co.uk}. The public suffix list decides where a
 * registrable domain starts, private suffixes included, so two sites on a shared host
 * ({@code a.github.io}, {@code b.github.io}) stay apart: a missed match is better than a false one.
 */
public final class AccountDomain {

  private AccountDomain() {}

  /** The registrable domain, or empty when the text names none (an IP address, a bare suffix, junk). */
  public static Optional<String> registrable(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String host = text.strip().toLowerCase(Locale.ROOT);
    int scheme = host.indexOf("://");
    if (scheme >= 0) {
      host = host.substring(scheme + 3);
    }
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    host = cutAt(cutAt(cutAt(host, '/'), '?'), ':');
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty() || host.length() > 253) {
      return Optional.empty();
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAHostName) {
      return Optional.empty();
    }
    if (!InternetDomainName.isValid(host)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (!name.isUnderPublicSuffix()) {
      return Optional.empty();
    }
    return Optional.of(name.topPrivateDomain().toString());
  }

  private static String cutAt(String text, char mark) {
    int index = text.indexOf(mark);
    return index < 0 ? text : text.substring(0, index);
  }
}
