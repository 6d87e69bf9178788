package org.partnerengine.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({AccountService.class, org.partnerengine.config.ClockConfiguration.class})
class AccountServiceTest {

  @Autowired AccountService service;
  @Autowired PortalAccounts accounts;
  @Autowired Partners partners;

  @Test
  void provisioningTwiceKeepsOneAccountWithTheFirstInvitation() {
    long partnerId = newPartner();

    PortalAccount first = service.provision(partnerId, "ada@acme.de");
    PortalAccount second = service.provision(partnerId, "ada@acme.de");

    assertThat(accounts.count()).isEqualTo(1);
    assertThat(second.getInvitationToken()).isEqualTo(first.getInvitationToken()).hasSize(48);
    assertThat(second.getStatus()).isEqualTo(AccountStatus.INVITED);
  }

  @Test
  void anInvitationCanBeAcceptedOnce() {
    long partnerId = newPartner();
    String token = service.provision(partnerId, "ada@acme.de").getInvitationToken();

    PortalAccount active = service.acceptInvitation(token, raw -> "hashed:" + raw, "s3cret-pass");

    assertThat(active.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(active.getPasswordHash()).isEqualTo("hashed:s3cret-pass");
    assertThatThrownBy(() -> service.acceptInvitation(token, raw -> raw, "again"))
        .isInstanceOf(InvitationNotValid.class);
  }

  @Test
  void aRevokedAccountStaysOnRecord() {
    long partnerId = newPartner();
    service.provision(partnerId, "ada@acme.de");

    service.revoke(partnerId);

    assertThat(service.forPartner(partnerId)).get().extracting(PortalAccount::getStatus).isEqualTo(AccountStatus.REVOKED);
  }

  private long newPartner() {
    return partners
        .saveAndFlush(new Partner("Acme", PartnerType.RESELLER, "DE", "acme.de", "Ada", "ada@acme.de", BigDecimal.TEN, 3, Instant.EPOCH))
        .getId();
  }
}
