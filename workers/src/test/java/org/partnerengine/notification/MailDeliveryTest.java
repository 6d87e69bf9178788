package org.partnerengine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerengine.DatabaseTest;
import org.partnerengine.MovingClock;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.onboarding.AgreementReminderWorker;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.autoconfigure.mustache.MustacheAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail for real, against an SMTP server in the test's own process: the app's configuration with
 * {@code spring.mail.host} set, every template in English and German, a server that is down, and a
 * job delivered twice.
 */
@DatabaseTest
@ImportAutoConfiguration({MailSenderAutoConfiguration.class, MustacheAutoConfiguration.class})
@Import({
  NotificationConfiguration.class,
  NotificationOutbox.class,
  PartnerHistory.class,
  AgreementReminderWorker.class,
  MailDeliveryTest.Fixtures.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MailDeliveryTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    registry.add("partner-engine.mail.from", () -> "partners@example.com");
    registry.add("partner-engine.mail.portal-url", () -> "https://partners.example.com/");
    registry.add("partner-engine.mail.group-addresses.channel-approvers", () -> "approvers@example.com");
    // The test dispatches itself; the schedule would only race it.
    registry.add("partner-engine.notifications.dispatch-interval", () -> "PT1H");
    registry.add("partner-engine.notifications.retry-backoff", () -> "PT1M");
  }

  /** Every template and the values its mail needs beyond the partner's own. */
  static final Map<String, Map<String, String>> TEMPLATES =
      Map.ofEntries(
          Map.entry("portal-invitation", Map.of()),
          Map.entry("password-reset", Map.of()),
          Map.entry("application-approved", Map.of()),
          Map.entry("application-rejected", Map.of()),
          Map.entry("approval-reminder", Map.of()),
          Map.entry("agreement-ready", Map.of("agreementVersion", "v1")),
          Map.entry("agreement-reminder", Map.of()),
          Map.entry("training-reminder", Map.of("courses", "SALES-101, TECH-201")),
          Map.entry(
              "certificate-issued", Map.of("certificateNumber", "PE-2026-000042", "examId", "CLOUD-ARCH", "expiresOn", "2027-03-01")),
          Map.entry(
              "certificate-expiring",
              Map.of("certificateNumber", "PE-2026-000042", "examId", "CLOUD-ARCH", "expiresOn", "2027-03-01")),
          Map.entry("question-answered", Map.of("topic", "DEALS")),
          Map.entry("lead-status-reminder", Map.of("leadCompany", "Lux Corp")),
          Map.entry("content-published", Map.of("assetTitle", "Battle card: Acme vs. Rival", "assetKind", "BATTLE_CARD")),
          Map.entry("survey-invitation", Map.of()),
          Map.entry("survey-follow-up", Map.of("note", "Payouts now run weekly")),
          Map.entry("campaign-invitation",
              Map.of("campaignName", "Spring launch", "startsOn", "2027-03-01", "endsOn", "2027-03-31", "optInDeadline", "2027-02-20T00:00:00Z")));

  /** Templates of mails to a staff group about no one partner, with their values. */
  static final Map<String, Map<String, String>> GROUP_TEMPLATES =
      Map.of(
          "tasks-digest",
          Map.of(
              "count", "2",
              "tasks", "- Approve application: Acme Cloud GmbH\n- Approve application: Bright Systems Ltd",
              "from", "2026-03-01T10:00:00Z",
              "to", "2026-03-01T11:00:00Z"),
          "question-escalated",
          Map.of("topic", "MDF", "questionId", "42", "companyName", "Acme Cloud GmbH"));

  @Autowired NotificationOutbox outbox;
  @Autowired Notifications notifications;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired NotificationSender sender;
  @Autowired Partners partners;
  @Autowired AgreementReminderWorker agreementReminders;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;
  @Autowired MovingClock clock;

  TransactionTemplate transaction;

  @BeforeEach
  void transaction() {
    transaction = new TransactionTemplate(transactionManager);
  }

  @AfterEach
  void cleanUp() {
    jdbc.update("delete from notification");
    jdbc.update("delete from partner_event");
    jdbc.update("delete from partner");
  }

  @Test
  void everyTemplateIsTestedAndExistsInEnglishAndGerman() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/mail/*.mustache");
    TreeSet<String> names = Arrays.stream(files).map(Resource::getFilename).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> expected = new TreeSet<>();
    TEMPLATES.keySet().forEach(t -> expected.addAll(List.of(t + ".en.mustache", t + ".de.mustache")));
    GROUP_TEMPLATES.keySet().forEach(t -> expected.addAll(List.of(t + ".en.mustache", t + ".de.mustache")));
    assertThat(names).isEqualTo(expected);
  }

  @Test
  void sendsEveryMailInThePartnersLanguage() throws Exception {
    assertThat(sender).isInstanceOf(MailNotificationSender.class);
    long german = partner("Acme Cloud GmbH", "DE", "acme-cloud.de");
    long english = partner("Bright Systems Ltd", "GB", "bright-systems.co.uk");
    transaction.executeWithoutResult(
        status ->
            TEMPLATES.forEach(
                (template, values) -> {
                  for (long partnerId : List.of(german, english)) {
                    String key = "test:" + partnerId + ":" + template;
                    if (template.equals("portal-invitation") || template.equals("password-reset") || template.equals("survey-invitation")) {
                      outbox.enqueue(partnerId, template, key, "/#/" + template + "/token-" + partnerId);
                    } else {
                      outbox.enqueue(partnerId, template, key, values);
                    }
                  }
                }));

    assertThat(dispatcher.dispatchPending()).isEqualTo(2 * TEMPLATES.size());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2 * TEMPLATES.size());
    for (MimeMessage mail : received) {
      String body = text(mail);
      assertThat(mail.getFrom()[0].toString()).isEqualTo("partners@example.com");
      assertThat(mail.getSubject() + body).as(mail.getSubject()).doesNotContain("{{").doesNotContain("}}");
    }
    assertThat(subjects("ada@acme-cloud.de"))
        .contains(
            "Ihr Zugang zum Partnerportal für Acme Cloud GmbH",
            "Zertifikat PE-2026-000042 läuft am 2027-03-01 ab",
            "Willkommen im Partnerprogramm, Acme Cloud GmbH")
        .hasSize(TEMPLATES.size() - 1);
    assertThat(subjects("ada@bright-systems.co.uk"))
        .contains("Your partner portal account for Bright Systems Ltd", "Certificate PE-2026-000042 issued to Bright Systems Ltd")
        .hasSize(TEMPLATES.size() - 1);
    // The approvers' reminder goes to their group, in the staff's language.
    assertThat(subjects("approvers@example.com"))
        .containsOnly("Reminder: the application of Acme Cloud GmbH awaits a decision", "Reminder: the application of Bright Systems Ltd awaits a decision");

    MimeMessage invitation = mailTo("ada@acme-cloud.de", "Ihr Zugang zum Partnerportal für Acme Cloud GmbH");
    assertThat(text(invitation))
        .contains("https://partners.example.com/#/portal-invitation/token-" + german)
        .contains("Hallo Ada Lovelace");
    assertThat(notifications.findByPartnerIdOrderByIdAsc(german))
        .allSatisfy(
            n -> {
              assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
              assertThat(n.getLink()).isNull();
            })
        .filteredOn(n -> !n.getTemplate().equals("approval-reminder"))
        .extracting(Notification::getLocale)
        .containsOnly("de");
  }

  @Test
  void theTaskDigestGoesToTheGroupsAddressAndFailsVisiblyForAGroupWithout() throws Exception {
    transaction.executeWithoutResult(
        status -> {
          outbox.enqueueForGroup("channel-approvers", "tasks-digest", "test:digest", GROUP_TEMPLATES.get("tasks-digest"));
          outbox.enqueueForGroup("finance", "tasks-digest", "test:digest-finance", GROUP_TEMPLATES.get("tasks-digest"));
        });

    assertThat(dispatcher.dispatchPending()).isEqualTo(1);

    MimeMessage digest = mailTo("approvers@example.com", "2 new task(s) for channel-approvers");
    assertThat(text(digest))
        .contains("- Approve application: Acme Cloud GmbH", "https://partners.example.com/#/tasks");
    assertThat(notifications.findAll())
        .filteredOn(n -> n.getRecipientGroup().equals("finance"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getStatus()).isEqualTo(NotificationStatus.FAILED);
              assertThat(n.getLastError()).contains("No address for group finance");
            });
  }

  @Test
  void aMailServerThatIsDownGetsTheMailLaterWithBackoff() throws Exception {
    long partnerId = partner("Acme Cloud GmbH", "DE", "acme-cloud.de");
    transaction.executeWithoutResult(status -> outbox.enqueue(partnerId, "application-approved", "test:down"));
    smtp.stop();
    try {
      assertThat(dispatcher.dispatchPending()).isZero();
      Notification failed = notifications.findByPartnerIdOrderByIdAsc(partnerId).getFirst();
      assertThat(failed.getStatus()).isEqualTo(NotificationStatus.PENDING);
      assertThat(failed.getAttempts()).isEqualTo(1);
      assertThat(failed.getLastError()).isNotBlank();
      assertThat(failed.getNextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

      clock.move(Duration.ofMinutes(1));
      assertThat(dispatcher.dispatchPending()).isZero();
      assertThat(notifications.findByPartnerIdOrderByIdAsc(partnerId).getFirst().getNextAttemptAt())
          .as("the second wait is twice the first")
          .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    } finally {
      smtp.start();
    }
    assertThat(dispatcher.dispatchPending()).as("not before the backoff has passed").isZero();
    clock.move(Duration.ofMinutes(2));
    assertThat(dispatcher.dispatchPending()).isEqualTo(1);

    assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Willkommen im Partnerprogramm, Acme Cloud GmbH");
    Notification sent = notifications.findByPartnerIdOrderByIdAsc(partnerId).getFirst();
    assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(3);
  }

  @Test
  void aJobDeliveredTwiceSendsOneMail() throws Exception {
    long partnerId = partner("Acme Cloud GmbH", "DE", "acme-cloud.de");
    agreementReminders.remind(partnerId, 4711L);
    agreementReminders.remind(partnerId, 4711L);
    dispatcher.dispatchPending();
    agreementReminders.remind(partnerId, 4711L);
    dispatcher.dispatchPending();

    assertThat(smtp.getReceivedMessages())
        .extracting(MimeMessage::getSubject)
        .containsExactly("Erinnerung: Ihr Partnervertrag wartet auf Ihre Unterschrift");
  }

  private long partner(String name, String country, String domain) {
    return transaction.execute(status -> partners.save(WorkerFixtures.applicant(name, country, domain)).getId());
  }

  private List<String> subjects(String to) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equals(to))
        .map(m -> {
          try {
            return m.getSubject();
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }

  private MimeMessage mailTo(String to, String subject) throws Exception {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (recipient(m).equals(to) && m.getSubject().equals(subject)) {
        return m;
      }
    }
    throw new AssertionError("No mail to " + to + ": " + subject);
  }

  /** The decoded text, as a mail client shows it (the wire form wraps long lines). */
  private static String text(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
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

  @TestConfiguration(proxyBeanMethods = false)
  static class Fixtures {
    @Bean
    MovingClock clock() {
      return new MovingClock(WorkerFixtures.NOW);
    }
  }
}
