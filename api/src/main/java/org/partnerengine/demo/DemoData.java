package org.partnerengine.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.partnerengine.enablement.Enrolment;
import org.partnerengine.enablement.Enrolments;
import org.partnerengine.onboarding.AgreementDocument;
import org.partnerengine.onboarding.AgreementLanguage;
import org.partnerengine.onboarding.AgreementRefused;
import org.partnerengine.onboarding.PartnerAgreements;
import org.partnerengine.onboarding.Signer;
import org.partnerengine.partner.PartnerSignals;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.recruitment.PartnerApplication;
import org.partnerengine.recruitment.PartnerApplications;
import org.partnerengine.tasks.TaskInbox;
import org.partnerengine.tasks.TaskState;
import org.partnerengine.tasks.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seeds the embedded default with a dozen partners at different stages, so a newcomer's first look
 * at the board is a living programme. The partners go through the real processes: applications,
 * approvals and checklist tasks through the inbox, outside events through {@link PartnerSignals}.
 * It runs on its own thread after startup, so the app is ready at once and fills up in seconds.
 * Only with {@code partner-engine.demo-data.enabled=true}: read at run time, not as a condition,
 * because the AOT-processed app decides its conditions at build time.
 */
@Component
class DemoData {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final Duration STEP = Duration.ofSeconds(60);
  private static final String ACTOR = "demo-data";
  /** Courses and exams are reported by the training platform's client, never by the partner. */
  private static final String TRAINING_PLATFORM = "training";

  /** How far each demo partner is taken. */
  enum Target {
    AWAITING_APPROVAL,
    REJECTED,
    AWAITING_SIGNATURE,
    AWAITING_KICKOFF,
    ENABLEMENT,
    CERTIFICATION,
    ACTIVE
  }

  record DemoPartner(String company, String domain, PartnerType type, String country, Target target) {}

  static final List<DemoPartner> PARTNERS =
      List.of(
          new DemoPartner("Northwind Traders", "northwind.example", PartnerType.RESELLER, "DE", Target.ACTIVE),
          new DemoPartner("Contoso Systems", "contoso.example", PartnerType.RESELLER, "FR", Target.ACTIVE),
          new DemoPartner("Fabrikam Integration", "fabrikam.example", PartnerType.SYSTEM_INTEGRATOR, "NL", Target.CERTIFICATION),
          new DemoPartner("Tailspin Distribution", "tailspin.example", PartnerType.DISTRIBUTOR, "ES", Target.CERTIFICATION),
          new DemoPartner("Wingtip Managed IT", "wingtip.example", PartnerType.MSP, "IT", Target.ENABLEMENT),
          new DemoPartner("Litware Cloud", "litware.example", PartnerType.RESELLER, "BR", Target.ENABLEMENT),
          new DemoPartner("Adventure Works", "adventure-works.example", PartnerType.RESELLER, "US", Target.AWAITING_KICKOFF),
          new DemoPartner("Proseware", "proseware.example", PartnerType.SYSTEM_INTEGRATOR, "GB", Target.AWAITING_SIGNATURE),
          new DemoPartner("Woodgrove Partners", "woodgrove.example", PartnerType.RESELLER, "SE", Target.AWAITING_APPROVAL),
          new DemoPartner("Alpine Ski Software", "alpine-ski.example", PartnerType.MSP, "AT", Target.AWAITING_APPROVAL),
          new DemoPartner("Blue Yonder Airlines IT", "blueyonder.example", PartnerType.DISTRIBUTOR, "PL", Target.AWAITING_APPROVAL),
          new DemoPartner("Pyongyang Trading", "pyongyang-trading.example", PartnerType.RESELLER, "KP", Target.REJECTED));

  private final PartnerApplications applications;
  private final TaskInbox inbox;
  private final PartnerSignals signals;
  private final Partners partners;
  private final Enrolments enrolments;
  private final PartnerAgreements agreements;
  private final boolean enabled;

  DemoData(
      @Value("${partner-engine.demo-data.enabled:false}") boolean enabled,
      PartnerApplications applications,
      TaskInbox inbox,
      PartnerSignals signals,
      Partners partners,
      Enrolments enrolments,
      PartnerAgreements agreements) {
    this.applications = applications;
    this.inbox = inbox;
    this.signals = signals;
    this.partners = partners;
    this.enrolments = enrolments;
    this.agreements = agreements;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    if (enabled) {
      inBackground(this::seedAll);
    } else {
      log.info("Demo data is off (partner-engine.demo-data.enabled)");
    }
  }

  /** On its own thread, so the app is ready at once. */
  void inBackground(Runnable seeding) {
    Thread.ofVirtual().name("demo-data").start(seeding);
  }

  void seedAll() {
    log.info("Seeding {} demo partners through the real processes", PARTNERS.size());
    for (DemoPartner partner : PARTNERS) {
      try {
        drive(partner);
      } catch (RuntimeException e) {
        log.warn("Demo partner {} stopped early: {}", partner.company(), e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    log.info("Demo partners seeded");
  }

  private void drive(DemoPartner demo) throws InterruptedException {
    long id =
        applications
            .apply(
                new PartnerApplication(
                    demo.company(),
                    demo.type(),
                    demo.country(),
                    "https://www." + demo.domain(),
                    "Demo Contact",
                    "contact@" + demo.domain(),
                    // Mid-sized: partner-fit asks the approvers to review rather than fast-tracking.
                    new BigDecimal(500_000),
                    12))
            .partnerId();
    if (demo.target() == Target.REJECTED) {
      awaitStage(id, Stage.REJECTED);
      return;
    }
    UserTask approval = awaitTask(id, "Task_ApproveApplication");
    if (demo.target() == Target.AWAITING_APPROVAL) {
      return;
    }
    complete(approval, "approver", "channel-approvers", Map.of("approved", true, "decisionReason", "Good regional fit"));
    awaitStage(id, Stage.ONBOARD);
    if (demo.target() == Target.AWAITING_SIGNATURE) {
      return;
    }
    signAgreement(id);
    signal(id, "tax-form-received", "", Map.of(), "TAX_FORM_RECEIVED", "Tax form received", ACTOR);
    complete(awaitTask(id, "Task_VerifyBankingDetails"), "finance", "finance", Map.of("bankingDetailsVerified", true));
    UserTask kickoff = awaitTask(id, "Task_HoldKickoffCall");
    if (demo.target() == Target.AWAITING_KICKOFF) {
      return;
    }
    complete(kickoff, "manager", "partner-managers", Map.of("kickoffHeldOn", "2026-11-20"));
    awaitStage(id, Stage.ENABLE);
    await(() -> !enrolments.findByPartnerIdOrderByCourseId(id).isEmpty(), "enrolments of " + id);
    List<String> courses = enrolments.findByPartnerIdOrderByCourseId(id).stream().map(Enrolment::getCourseId).toList();
    // In enablement, one course is left to do.
    List<String> done = demo.target() == Target.ENABLEMENT ? courses.subList(0, courses.size() - 1) : courses;
    for (String course : done) {
      signal(id, "training-completed", course, Map.of("courseId", course), "TRAINING_COMPLETED", "Course " + course, TRAINING_PLATFORM);
    }
    if (demo.target() == Target.ENABLEMENT) {
      return;
    }
    awaitStage(id, Stage.CERTIFY);
    if (demo.target() == Target.CERTIFICATION) {
      return;
    }
    signal(id, "exam-result", "sales-certification:attempt-1:88", Map.of("examId", "sales-certification", "score", 88),
        "EXAM_RESULT_RECEIVED", "Exam sales-certification: 88", TRAINING_PLATFORM);
    awaitStage(id, Stage.ACTIVE);
  }

  private void signal(
      long id, String message, String content, Map<String, Object> variables, String type, String detail, String actor) {
    String messageId = message + ":" + id + (content.isEmpty() ? "" : ":" + content);
    signals.signal(id, message, messageId, variables, type, actor, detail);
  }

  private void complete(UserTask task, String user, String group, Map<String, Object> variables) {
    inbox.claim(task.getId(), user, Set.of(group));
    inbox.complete(task.getId(), user, Set.of(group), variables);
  }

  private UserTask awaitTask(long partnerId, String elementId) throws InterruptedException {
    Instant deadline = Instant.now().plus(STEP);
    while (Instant.now().isBefore(deadline)) {
      Optional<UserTask> task =
          inbox.search(new TaskInbox.TaskQuery(TaskState.CREATED, partnerId, null, null, null, null), PageRequest.of(0, 50))
              .stream()
              .filter(t -> elementId.equals(t.getElementId()))
              .findFirst();
      if (task.isPresent()) {
        return task.get();
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no task " + elementId + " for partner " + partnerId);
  }

  /** The contact signs the PDF as a partner would in the portal, so the signed copy is there to open. */
  private void signAgreement(long partnerId) throws InterruptedException {
    await(() -> generated(partnerId), "agreement of partner " + partnerId);
    AgreementDocument document = agreements.document(partnerId, AgreementLanguage.ENGLISH);
    String contact = partners.require(partnerId).getContactEmail();
    agreements.sign(
        partnerId, AgreementLanguage.ENGLISH, document.sha256(), new Signer("Demo Contact", "Managing Director"), contact, "127.0.0.1");
  }

  private boolean generated(long partnerId) {
    try {
      agreements.document(partnerId, AgreementLanguage.ENGLISH);
      return true;
    } catch (AgreementRefused notYet) {
      return false;
    }
  }

  private void awaitStage(long partnerId, Stage stage) throws InterruptedException {
    await(() -> partners.require(partnerId).getStage() == stage, "partner " + partnerId + " in " + stage);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(STEP);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      // Polling the read model: the engine gives no callback into this thread.
      Thread.sleep(200);
    }
  }
}
