package org.partnerengine.notification;

import org.partnerengine.PortalUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerengine.Requests.application;
import static org.partnerengine.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerengine.Mailbox;
import org.partnerengine.PartnerEngineTest;
import org.partnerengine.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app with a mail server: the invitation reaches the partner's mailbox, the link in it
 * activates the account, and the manager sees the mail delivered, never its token.
 */
@PartnerEngineTest
class MailEndToEndTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("partner-engine.notifications.dispatch-interval", () -> "PT0.2S");
    registry.add("partner-engine.mail.portal-url", () -> "https://partners.example.com");
  }

  @Autowired TestRestTemplate http;
  @Autowired AccountService accounts;

  @Test
  void thePartnerActivatesItsAccountWithTheLinkFromItsMailAndTheManagerSeesItDelivered() {
    Map<String, Object> form = application();
    form.put("website", "https://www.mail-e2e.example");
    form.put("contactEmail", "owner@mail-e2e.example");
    long partnerId = http.postForEntity("/api/applications", json(form), JsonNode.class).getBody().get("partnerId").asLong();
    PortalUsers.provision(accounts, partnerId, "owner@mail-e2e.example");

    MimeMessage invitation =
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo("owner@mail-e2e.example"), Optional::isPresent).orElseThrow();
    String text = text(invitation);
    assertThat(text).contains("https://partners.example.com/#/invitation/");
    String token = Mailbox.tokenInMail(text, AccountService.INVITATION_LINK).orElseThrow();

    ResponseEntity<JsonNode> accepted =
        http.postForEntity("/api/invitations/" + token, json(Map.of("password", "correct horse 42")), JsonNode.class);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> mails =
        http.withBasicAuth("manager", "manager").getForEntity("/api/partners/" + partnerId + "/notifications", String.class);
    assertThat(mails.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mails.getBody())
        .contains("\"template\":\"portal-invitation\",\"status\":\"SENT\"")
        .contains("\"locale\":\"de\"")
        .doesNotContain(token);
  }

  private static Optional<MimeMessage> mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).findFirst();
  }

  /** The decoded text, as the partner's mail client shows it (the wire form wraps long lines). */
  private static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage mail) {
    try {
      return mail.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
