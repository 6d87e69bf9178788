package org.partnerengine.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountDomainTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "acme.com, acme.com",
    "ACME.com, acme.com",
    "www.acme.com, acme.com",
    "acme.com., acme.com",
    "https://WWW.Shop.Acme.co.uk./pricing?x=1, acme.co.uk",
    "http://acme.com:8080/, acme.com",
    "sales@eu.acme.de, acme.de",
    "'  acme.com  ', acme.com",
    "shop.acme.com.au, acme.com.au",
    "a.github.io, a.github.io",
    "MÜLLER.de, xn--mller-kva.de",
    "xn--mller-kva.de, xn--mller-kva.de"
  })
  void anAccountIsItsRegistrableDomain(String text, String domain) {
    assertThat(AccountDomain.registrable(text)).contains(domain);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "co.uk", "com", "github.io", "192.168.1.10", "localhost", "acme", "not a domain", "acme..com", "-acme.com"})
  void textThatNamesNoRegistrableDomainIsNone(String text) {
    assertThat(AccountDomain.registrable(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void twoSitesOnASharedHostNeverMatch() {
    assertThat(AccountDomain.registrable("a.github.io")).isNotEqualTo(AccountDomain.registrable("b.github.io"));
    assertThat(AccountDomain.registrable(null)).isEmpty();
  }
}
