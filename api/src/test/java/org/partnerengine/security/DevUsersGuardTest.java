package org.partnerengine.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.partnerengine.PartnerEngineApplication;

class DevUsersGuardTest {

  private static final String H2 = "jdbc:h2:mem:x;MODE=MySQL";
  private static final String MYSQL = "jdbc:mysql://db.example:3306/partner_engine?password=secret";

  @Test
  void devUsersAreAllowedOnTheEmbeddedEngineWithH2Only() {
    assertThatCode(() -> DevUsersGuard.refuseOutsideDevelopment(true, "embedded", H2)).doesNotThrowAnyException();
    assertThatCode(() -> DevUsersGuard.refuseOutsideDevelopment(false, "remote", MYSQL)).doesNotThrowAnyException();

    assertThatThrownBy(() -> DevUsersGuard.refuseOutsideDevelopment(true, "remote", H2))
        .hasMessageContaining("dev-users-enabled");
    assertThatThrownBy(() -> DevUsersGuard.refuseOutsideDevelopment(true, "embedded", MYSQL))
        .hasMessageContaining("jdbc:mysql://db.example:3306/partner_engine")
        .hasMessageNotContaining("secret");
  }

  @Test
  void theAppRefusesToStartWithDevUsersAgainstARemoteEngine() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(PartnerEngineApplication.class)
                    .profiles("remote")
                    .run(
                        "--partner-engine.security.dev-users-enabled=true",
                        "--spring.datasource.url=jdbc:h2:mem:guard;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                        "--spring.datasource.username=sa",
                        "--server.port=0")
                    .close())
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage(
            "partner-engine.security.dev-users-enabled=true is refused here: the dev users (password = name) exist only on"
                + " the embedded engine with H2, and this app runs with engine mode 'remote' and database"
                + " 'jdbc:h2:mem:guard'. Switch them off and log in with accounts of your identity provider"
                + " (partner-engine.security.mode=jwt).");
  }
}
