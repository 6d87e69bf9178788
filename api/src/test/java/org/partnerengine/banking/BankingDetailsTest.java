package org.partnerengine.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerengine.AgreementSigning.partnerInOnboarding;
import static org.partnerengine.AgreementSigning.portalUser;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.partnerengine.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The account payouts go to: given by the partner while onboarding, verified and later changed by finance. */
@PartnerEngineTest
public class BankingDetailsTest {

  private static final Map<String, Object> ACCOUNT =
      Map.of("accountHolder", "Payout GmbH", "iban", "DE89 3704 0044 0532 0130 00", "bic", "COBADEFFXXX");

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;
  @Autowired Notifications notifications;
  @Autowired PayoutAccounts payoutAccounts;

  @Test
  void aPartnerGivesItsAccountWhileOnboardingAndOnlyFinanceSeesItWhole() {
    long partnerId = partnerInOnboarding(http, "payout.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@payout.example");
    String path = "/api/partners/" + partnerId + "/banking-details";
    assertThat(partner.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<JsonNode> given = put(partner, path, ACCOUNT);

    assertThat(given.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(given.getBody().path("iban").asText()).isEqualTo("DE89 **** 3000");
    assertThat(given.getBody().path("ibanMasked").asBoolean()).isTrue();
    assertThat(http.withBasicAuth("manager", "manager").getForObject(path, JsonNode.class).path("iban").asText()).isEqualTo("DE89 **** 3000");
    JsonNode whole = http.withBasicAuth("finance", "finance").getForObject(path, JsonNode.class);
    assertThat(whole.path("iban").asText()).isEqualTo("DE89370400440532013000");
    assertThat(whole.path("bic").asText()).isEqualTo("COBADEFFXXX");
    assertThat(whole.path("accountHolder").asText()).isEqualTo("Payout GmbH");
    assertThat(partner.getForObject("/api/partners/" + partnerId + "/history", JsonNode.class).findValuesAsText("type"))
        .contains("BANKING_DETAILS_RECEIVED");
  }

  @Test
  void aWrongIbanIsRefusedNamingTheFieldAndTheAccountGivenBeforeStays() {
    long partnerId = partnerInOnboarding(http, "payout-typo.example");
    TestRestTemplate partner = portalUser(http, accounts, notifications, partnerId, "ada@payout-typo.example");
    String path = "/api/partners/" + partnerId + "/banking-details";
    put(partner, path, ACCOUNT);

    ResponseEntity<JsonNode> typo = put(partner, path, Map.of("accountHolder", "Payout GmbH", "iban", "DE89 3704 0044 0532 0130 01"));
    ResponseEntity<JsonNode> bic = put(partner, path, Map.of("accountHolder", "Payout GmbH", "iban", "DE89370400440532013000", "bic", "??"));
    ResponseEntity<JsonNode> blank = put(partner, path, Map.of("iban", "DE89370400440532013000"));

    assertThat(typo.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(typo.getBody().at("/errors/0/field").asText()).isEqualTo("iban");
    assertThat(bic.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bic.getBody().at("/errors/0/field").asText()).isEqualTo("bic");
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody().at("/errors/0/field").asText()).isEqualTo("accountHolder");
    assertThat(payoutAccounts.findByPartnerId(partnerId)).get().extracting(PayoutAccount::getIban).isEqualTo("DE89370400440532013000");
  }

  public static ResponseEntity<JsonNode> put(TestRestTemplate client, String path, Map<String, Object> body) {
    return client.exchange(path, HttpMethod.PUT, (HttpEntity<?>) json(body), JsonNode.class);
  }
}
