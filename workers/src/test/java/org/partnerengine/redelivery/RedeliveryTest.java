package org.partnerengine.redelivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.partnerengine.attention.AttentionFinding;
import org.partnerengine.attention.AttentionKind;
import org.junit.jupiter.api.Test;
import org.partnerengine.WorkersTestApplication;
import org.partnerengine.deals.DealOutcome;
import org.partnerengine.deals.DealProcess;
import org.partnerengine.deals.DealRegistration;
import org.partnerengine.deals.DealRegistrations;
import org.partnerengine.deals.OutcomeReporter;
import org.partnerengine.deployment.DeploymentRequests;
import org.partnerengine.deployment.DeploymentResource;
import org.partnerengine.deployment.DeploymentResult;
import org.partnerengine.deployment.Deployments;
import org.partnerengine.deployment.approval.DeploymentApprovalProcess;
import org.partnerengine.tasks.TaskInbox;
import org.partnerengine.lifecycle.LifecycleProcess;
import org.partnerengine.content.ContentAsset;
import org.partnerengine.content.ContentAudience;
import org.partnerengine.content.ContentAudienceRule;
import org.partnerengine.content.ContentDescription;
import org.partnerengine.content.ContentKind;
import org.partnerengine.content.ContentLibrary;
import org.partnerengine.mdf.MdfProcess;
import org.partnerengine.mdf.MdfRequestForm;
import org.partnerengine.mdf.MdfRequests;
import org.partnerengine.messaging.PartnerMessages;
import org.partnerengine.partner.Partner;
import org.partnerengine.onboarding.AgreementLanguage;
import org.partnerengine.onboarding.PartnerAgreements;
import org.partnerengine.onboarding.Signer;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.questions.QuestionProcess;
import org.partnerengine.questions.QuestionTopic;
import org.partnerengine.questions.Questions;
import org.partnerengine.partner.Partners;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Every job worker, found by its {@code @JobWorker} annotation, gets each of its jobs again after
 * the first delivery committed (the job timed out, or its completion was lost), many times over.
 * The database after the redeliveries must equal the database after the first delivery, and a
 * redelivery must answer what the first delivery answered: one side effect per business key.
 *
 * <p>The jobs run in the order a partner's life would run them, on the workers' own results (as
 * the engine would pass them on), so each worker meets the data it expects. A worker added without
 * a delivery here fails the test.
 */
@SpringBootTest(
    classes = WorkersTestApplication.class,
    properties = {
      "partner-engine.mdf.quarterly-budget.REGISTERED=10000",
      "partner-engine.mdf.quarterly-budget.SILVER=50000",
      "partner-engine.mdf.quarterly-budget.GOLD=200000"
    })
class RedeliveryTest {

  /** Redeliveries of each job after the first delivery. */
  static final int REDELIVERIES = 25;

  @MockitoBean CamundaClient camunda;
  @MockitoBean PartnerMessages messages;
  @MockitoBean LifecycleProcess lifecycle;
  @MockitoBean DealProcess dealProcess;
  @MockitoBean MdfProcess mdfProcess;
  @MockitoBean Deployments deployments;
  @MockitoBean DeploymentApprovalProcess approvalProcess;
  @MockitoBean QuestionProcess questionProcess;
  @MockitoBean org.partnerengine.leads.LeadDistribution leadDistribution;
  @MockitoBean ContentAudienceRule contentAudience;

  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired Partners partners;
  @Autowired DealRegistrations dealRegistrations;
  @Autowired MdfRequests mdfRequests;
  @Autowired DeploymentRequests deploymentRequests;
  @Autowired TaskInbox inbox;
  @Autowired PartnerAgreements agreements;
  @Autowired Questions questions;
  @Autowired org.partnerengine.leads.LeadIntake leadIntake;
  @Autowired org.partnerengine.territory.TerritoryCatalogue territories;
  @MockitoBean org.partnerengine.ecosystem.IntroRequestProcess introRequests;
  @MockitoBean org.partnerengine.campaign.CampaignProcess campaignProcess;
  @MockitoBean org.partnerengine.campaign.CampaignEligibility campaignEligibility;
  @MockitoBean org.partnerengine.cosell.CoSellProcess coSellProcess;
  @MockitoBean org.partnerengine.cosell.RevenueSplitProcess splitProcess;
  @MockitoBean org.partnerengine.region.RegionLaunchProcess regionLaunchProcess;
  @Autowired org.partnerengine.region.RegionCatalogue regions;
  @Autowired org.partnerengine.cosell.CoSelling coSelling;
  @Autowired org.partnerengine.cosell.RevenueSplits revenueSplits;
  @Autowired org.partnerengine.campaign.JointCampaigns jointCampaigns;
  @Autowired org.partnerengine.campaign.Participations participations;
  @Autowired org.partnerengine.campaign.CoBrand coBrand;
  @Autowired org.partnerengine.ecosystem.SharedPopulations sharedPopulations;
  @Autowired org.partnerengine.ecosystem.VendorSharing vendorSharing;
  @Autowired ContentLibrary contentLibrary;

  private final AtomicLong keys = new AtomicLong(7_000_000);
  private final List<String> publishedMessageIds = new ArrayList<>();
  private final Map<String, Method> workers = new TreeMap<>();
  private final Map<String, Object> beans = new HashMap<>();
  private final Set<String> delivered = new TreeSet<>();
  private final Set<String> changedTheDatabase = new TreeSet<>();
  private int redeliveries;

  @BeforeEach
  void findWorkersAndLetTheEngineAnswer() {
    for (String name : context.getBeanDefinitionNames()) {
      Object bean = context.getBean(name);
      for (Method method : AopUtils.getTargetClass(bean).getMethods()) {
        JobWorker worker = method.getAnnotation(JobWorker.class);
        if (worker != null) {
          workers.put(worker.type(), method);
          beans.put(worker.type(), bean);
        }
      }
    }
    when(messages.publish(anyString(), anyString(), anyString(), any()))
        .thenAnswer(
            call -> {
              publishedMessageIds.add(call.getArgument(2));
              return true;
            });
    when(dealProcess.startAsync(anyLong(), anyLong()))
        .thenAnswer(call -> java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    when(mdfProcess.startAsync(any())).thenAnswer(call -> java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    when(approvalProcess.start(any())).thenAnswer(call -> keys.incrementAndGet());
    when(introRequests.start(anyLong())).thenAnswer(call -> keys.incrementAndGet());
    when(campaignProcess.startAsync(anyLong()))
        .thenAnswer(call -> java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    when(coSellProcess.startAsync(any()))
        .thenAnswer(call -> java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    when(splitProcess.startAsync(any()))
        .thenAnswer(call -> java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    when(mdfProcess.variables(any())).thenAnswer(call -> Map.of("amount", ((org.partnerengine.mdf.MdfRequest) call.getArgument(0)).getAmount(), "mdfClaimDeadline", "P120D"));
    when(leadDistribution.variables(anyLong())).thenAnswer(call -> Map.of("leadId", call.getArgument(0), "maxOffers", 3));
    when(leadDistribution.startAsync(anyLong()))
        .thenAnswer(call -> java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    when(deployments.deploy(any()))
        .thenAnswer(
            call -> {
              long key = keys.incrementAndGet();
              return new DeploymentResult(
                  key, List.of(new DeploymentResult.Item("partner-recruitment", 2, key + 1, "partner-recruitment.bpmn")), List.of(), List.of());
            });
  }

  @Test
  void everyWorkersJobRedeliveredAfterCommitLeavesExactlyOneSideEffect() throws Exception {
    Map<String, Object> journey = lifeOfAnActivePartner();
    dealsOf(journey);
    coSellingOf(journey);
    leadsOf(journey);
    accountMappingOf(journey);
    surveysOf(journey);
    campaignsOf(journey);
    attentionOf(journey);
    marketingFundsOf(journey);
    libraryContentFor(journey);
    offboard(journey);
    rejectedApplicants();
    aUserTask((Long) journey.get("partnerId"));
    deploymentRequestsDecidedInTheInbox();
    aQuestionEscalatedAndAnswered((Long) journey.get("partnerId"));
    churnModelsRetrained();
    aRegionLaunchedWithAHeldApplication();

    System.out.printf(
        "Redelivery: %d forced redeliveries over %d job types (%d changed the database on first delivery)%n",
        redeliveries, delivered.size(), changedTheDatabase.size());
    assertThat(delivered).as("job types never delivered").containsExactlyInAnyOrderElementsOf(workers.keySet());
    assertThat(redeliveries).isGreaterThanOrEqualTo(1000);
  }

  private Map<String, Object> lifeOfAnActivePartner() {
    Partner partner =
        partners.save(
            new Partner(
                "Redelivery Cloud GmbH",
                PartnerType.SYSTEM_INTEGRATOR,
                "DE",
                "https://www.redelivery-cloud.de",
                "Ada Lovelace",
                "ada@redelivery-cloud.de",
                new BigDecimal("2500000.00"),
                40,
                java.time.Instant.now()));
    Map<String, Object> vars = new HashMap<>(Map.of("partnerId", partner.getId()));
    deliver("partner.enrich-application", vars);
    enterStage(vars, "RECRUIT");
    deliver("recruitment.validate-application", vars);
    deliver("recruitment.check-region", vars);
    deliver("recruitment.check-due-diligence", vars);
    deliver("recruitment.send-approval-reminder", vars);
    deliver("recruitment.record-approval", with(vars, "recommendation", "REVIEW", "fitScore", 60));
    enterStage(vars, "ONBOARD");
    deliver("onboarding.generate-agreement", vars);
    deliver("onboarding.send-agreement-reminder", vars);
    deliver("onboarding.provision-account", vars);
    signedInThePortal((Long) vars.get("partnerId"));
    deliver("onboarding.record-signature", vars);
    countersignedInTheInbox(vars);
    enterStage(vars, "ENABLE");
    deliver("enablement.enrol-partner", with(vars, "requiredCourses", List.of("product-essentials", "technical-deployment")));
    deliver("enablement.send-training-reminder", vars);
    deliver("enablement.record-course-completion", with(vars, "courseId", "product-essentials"));
    deliver("enablement.record-course-completion", with(vars, "courseId", "technical-deployment"));
    enterStage(vars, "CERTIFY");
    Map<String, Object> exam = with(vars, "examId", "core-platform", "passMark", new BigDecimal("70"), "certificationCycle", 1);
    deliver("certification.record-exam-attempt", with(exam, "score", new BigDecimal("55")));
    deliver("certification.record-exam-attempt", with(exam, "score", new BigDecimal("85")));
    deliver("certification.issue-certificate", exam);
    vars.put("certificateId", exam.get("certificateId"));
    deliver("certification.record-renewal-due", vars);
    enterStage(vars, "ACTIVE");
    deliver("tiering.list-partners-for-review", new HashMap<>());
    // A later page of a round: its cursor, and the round's id from its first page.
    deliver("tiering.list-partners-for-review", laterPage((Long) vars.get("partnerId"), "reviewRound"));
    deliver("tiering.request-review", with(vars, "reviewRound", "2026-03-01"));
    deliver("tiering.collect-tier-facts", vars);
    Map<String, Object> review = with(vars, "tier", "SILVER", "tierReason", "revenue", "trigger", "MANUAL");
    deliver("tiering.apply-tier", review);
    deliver("tiering.record-tier-review", review);
    deliver("rebates.list-partners", new HashMap<>());
    // A later page of a quarter's run: its cursor, and the quarter from its first page.
    deliver("rebates.list-partners", with(laterPage((Long) vars.get("partnerId"), "quarter"), "quarter", "2026-Q1"));
    Map<String, Object> rebate = with(vars, "quarter", "2026-Q1");
    deliver("rebates.collect-quarter-revenue", rebate);
    deliver("rebates.calculate-rebate", with(rebate, "quarterlyRevenue", new BigDecimal("120000"), "rebateRate", new BigDecimal("0.025")));
    deliver("certification.expire-certificate", vars);
    return vars;
  }

  /** The attention review raises a follow-up for the partner, a manager records it, it closes. */
  private void attentionOf(Map<String, Object> partner) {
    deliver("attention.list-partners", new HashMap<>());
    deliver("attention.list-partners", laterPage((Long) partner.get("partnerId"), "attentionRound"));
    deliver("attention.collect-facts", partner);
    AttentionFinding noDeals = new AttentionFinding("NO_RECENT_DEALS", AttentionKind.AT_RISK);
    deliver("attention.reconcile", with(partner, "attentionReasons", new AttentionFinding[] {noDeals}));
    deliver(
        "attention.record-follow-up",
        with(partner, "attentionReason", "NO_RECENT_DEALS", "attentionRound", 1, "followUpNote", "Pipeline review"));
    deliver("attention.close-follow-up", partner);
  }

  private void dealsOf(Map<String, Object> partner) {
    long partnerId = (Long) partner.get("partnerId");
    Map<String, Object> won = deal(partnerId, "won-customer.example");
    deliver("deals.check-conflict", won);
    deliver("deals.approve-deal", with(won, "dealProtectionWindow", "P90D"));
    deliver("deals.extend-protection", with(won, "dealProtectionExtension", "P30D"));
    deliver("deals.refuse-extension", won);
    deliver("deals.record-outcome", with(won, "outcome", DealOutcome.WON, "amount", new BigDecimal("250000")));
    deliver("deals.apply-won-verification", with(won, "wonConfirmed", true, "wonVerificationComment", "matches the invoice"));

    // Far above the registered amount: staff check it even from the CRM, and cannot confirm it.
    Map<String, Object> claimed = deal(partnerId, "claimed-customer.example");
    deliver("deals.check-conflict", claimed);
    deliver("deals.approve-deal", with(claimed, "dealProtectionWindow", "P90D"));
    deliver("deals.record-outcome",
        with(claimed, "outcome", DealOutcome.WON, "amount", new BigDecimal("1000000000000"), "outcomeReporter", OutcomeReporter.CRM));
    deliver("deals.apply-won-verification", with(claimed, "wonConfirmed", false, "wonVerificationComment", "no such order"));

    Map<String, Object> expiring = deal(partnerId, "expiring-customer.example");
    deliver("deals.check-conflict", expiring);
    deliver("deals.approve-deal", with(expiring, "dealProtectionWindow", "P90D"));
    deliver("deals.expire-protection", expiring);

    Map<String, Object> held = deal(partnerId, "contested-customer.example");
    deliver("deals.check-conflict", held);
    deliver("deals.approve-deal", with(held, "dealProtectionWindow", "P90D"));
    Map<String, Object> challenger = deal(partnerId, "contested-customer.example");
    deliver("deals.check-conflict", challenger);
    deliver("deals.resolve-conflict", with(challenger, "approved", true, "reason", "the challenger closes first"));
  }

  /**
   * On an approved deal the partner asks direct sales for help (late, then answered) and shares the
   * revenue with a second partner: one split approved, one the owner leaves unanswered.
   */
  private void coSellingOf(Map<String, Object> partner) {
    long partnerId = (Long) partner.get("partnerId");
    Map<String, Object> deal = deal(partnerId, "co-sold-customer.example");
    deliver("deals.check-conflict", deal);
    deliver("deals.approve-deal", with(deal, "dealProtectionWindow", "P90D"));
    long dealId = (Long) deal.get("dealId");

    var request = coSelling.request(dealId,
        new org.partnerengine.cosell.CoSelling.HelpRequest(org.partnerengine.cosell.CoSellHelp.TECHNICAL_PRESALES, "a demo", LocalDate.now().plusDays(7)),
        "ada");
    Map<String, Object> help = new HashMap<>(Map.of("coSellRequestId", request.getId(), "processInstanceKey", keys.incrementAndGet()));
    deliver("co-sell.open", help);
    deliver("co-sell.mark-overdue", help);
    deliver("co-sell.record-answer", with(help, "coSellAccepted", true, "coSellNote", "Tuesday"));

    Partner fulfiller = partners.save(new Partner("Redelivery Services", PartnerType.SYSTEM_INTEGRATOR, "DE", "https://redelivery-services.de",
        "Bo", "bo@redelivery-services.de", new BigDecimal("900000"), 12, java.time.Instant.now()));
    for (org.partnerengine.partner.Stage stage : new org.partnerengine.partner.Stage[] {
        org.partnerengine.partner.Stage.ONBOARD, org.partnerengine.partner.Stage.ENABLE, org.partnerengine.partner.Stage.CERTIFY,
        org.partnerengine.partner.Stage.ACTIVE}) {
      fulfiller.enterStage(stage, java.time.Instant.now());
    }
    partners.saveAndFlush(fulfiller);
    var proposal = new org.partnerengine.cosell.RevenueSplits.Proposal(new BigDecimal("60"),
        List.of(new org.partnerengine.cosell.RevenueSplits.CoSeller(fulfiller.getId(), org.partnerengine.cosell.SplitRole.FULFILLING, new BigDecimal("40"))));
    var approved = revenueSplits.propose(dealId, proposal, "manager", false);
    Map<String, Object> split = new HashMap<>(Map.of("splitId", approved.getId(), "processInstanceKey", keys.incrementAndGet()));
    deliver("split.open", split);
    revenueSplits.ownerAnswer(approved.getId(), partnerId, true, "ada");
    deliver("split.decide", with(split, "splitApproved", true, "splitNote", "fair"));

    var unanswered = revenueSplits.propose(dealId, proposal, "manager", false);
    Map<String, Object> late = new HashMap<>(Map.of("splitId", unanswered.getId(), "processInstanceKey", keys.incrementAndGet()));
    deliver("split.open", late);
    deliver("split.close-owner-window", late);
  }

  /**
   * An application from a country whose region is only planned is held; the region's launch binds,
   * checks its list with the confirmations, goes live and tells the held application, which resumes.
   */
  private void aRegionLaunchedWithAHeldApplication() {
    var region = regions.define(new org.partnerengine.region.RegionDefinition(
        "REDELIVERY_NORDICS", "Nordics", "SEK", "en", List.of("IS"), List.of("approvers-nordics")));
    Partner applicant = partners.save(new Partner("Redelivery Nordic ehf", PartnerType.RESELLER, "IS", "https://redelivery.is",
        "Sigrun", "sigrun@redelivery.is", new BigDecimal("700000"), 9, java.time.Instant.now()));
    Map<String, Object> application = new HashMap<>(Map.of("partnerId", applicant.getId()));
    deliver("partner.enrich-application", application);
    deliver("recruitment.check-region", application);
    assertThat(application).containsEntry("regionLive", false);

    Map<String, Object> launch = new HashMap<>(Map.of("regionId", region.getId(), "processInstanceKey", keys.incrementAndGet()));
    deliver("region.open-launch", launch);
    deliver("region.check-readiness", with(launch, "legalEntity", "Nordics ehf", "taxForm", "W-8BEN-E"));
    deliver("region.go-live", launch);
    deliver("recruitment.check-region", application);
    assertThat(application).containsEntry("regionLive", true);
  }

  /**
   * A retrain takes the snapshots and finds too little history to train; three candidates (stored
   * here as a trained one would be) are promoted, failed by the gate and declined by a manager. Last:
   * the promoted stand-in would score partners in the jobs before.
   */
  private void churnModelsRetrained() {
    deliver("prediction.take-snapshots", new HashMap<>());
    deliver("prediction.train-model", new HashMap<>(Map.of("processInstanceKey", keys.incrementAndGet())));
    long instance = keys.incrementAndGet();
    deliver("prediction.promote-model", new HashMap<>(Map.of("modelId", candidateModel(), "processInstanceKey", instance, "modelComment", "better")));
    deliver("prediction.reject-model", new HashMap<>(Map.of("modelId", candidateModel(), "processInstanceKey", instance, "promotable", false,
        "gateReason", "Its probabilities are off by more than 0.05 (calibration error)")));
    deliver("prediction.reject-model", new HashMap<>(Map.of("modelId", candidateModel(), "processInstanceKey", instance, "promotable", true,
        "gateReason", "Better", "modelComment", "not before the new region")));
  }

  private long candidateModel() {
    jdbc.update("insert into churn_model (status, trained_at, train_until, held_out_until, training_rows, held_out_rows, base_rate, auc,"
        + " calibration_error, model_bytes, version) values ('CANDIDATE', ?, ?, ?, 3000, 1000, 0.1, 0.75, 0.03, ?, 0)",
        java.time.LocalDateTime.now(), LocalDate.now().minusMonths(12), LocalDate.now().minusMonths(6), new byte[] {1});
    return jdbc.queryForObject("select max(id) from churn_model", Long.class);
  }

  /**
   * The partner covers a territory: one lead it declines (then triaged to it), one it accepts, one
   * it lets pass; one lead for direct sales, one for the customer's own partner.
   */
  private void leadsOf(Map<String, Object> partner) {
    long partnerId = (Long) partner.get("partnerId");
    var territory =
        territories.create(
            new org.partnerengine.territory.TerritoryDefinition(
                "Redelivery", List.of(new org.partnerengine.territory.TerritoryDefinition.AreaDefinition("DE", null))));
    territories.defineCoverage(
        partnerId, new org.partnerengine.territory.CoverageDefinition(Set.of(territory.getId()), Set.of("core-platform"), 10));

    Map<String, Object> declined = lead("declined-lead.example");
    deliver("leads.gather-engagement-facts", declined);
    deliver("leads.find-candidates", declined);
    deliver("leads.pick-partner", declined);
    declined.put("declineReason", "NOT_A_FIT");
    deliver("leads.record-decline", declined);
    deliver("leads.find-candidates", declined);
    deliver("leads.await-triage", declined);
    declined.putAll(Map.of("triageOutcome", "ASSIGN", "triagePartnerId", partnerId));
    deliver("leads.apply-triage", declined);

    Map<String, Object> accepted = lead("accepted-lead.example");
    deliver("leads.find-candidates", accepted);
    deliver("leads.pick-partner", accepted);
    deliver("leads.record-acceptance", accepted);
    // Quiet after accepting: reminded once, then the lead is taken back.
    deliver("leads.remind-status", accepted);
    deliver("leads.reclaim", accepted);

    Map<String, Object> silent = lead("silent-lead.example");
    deliver("leads.find-candidates", silent);
    deliver("leads.pick-partner", silent);
    deliver("leads.expire-offer", silent);

    deliver("leads.hand-to-direct-sales", lead("direct-lead.example"));
    // Handed in by an integration's lead-received message: stored once, and a lead that is none refused each time.
    deliver("leads.store-received", new HashMap<>(Map.of("processInstanceKey", keys.incrementAndGet(), "lead", Map.of(
        "companyName", "Message Ltd", "domain", "message-lead.example", "country", "DE", "productInterest", "core-platform",
        "contactName", "Mia", "contactEmail", "mia@message-lead.example", "source", "crm"))));
    deliver("leads.store-received", new HashMap<>(Map.of("processInstanceKey", keys.incrementAndGet(), "lead", Map.of("companyName", "Half"))));
    deliver("leads.assign-to-owner", with(lead("owned-lead.example"), "ownerPartnerId", partnerId));
  }

  /**
   * The partner's customer is a prospect of the vendor's, both shared as accounts: a refresh round
   * raises one introduction, its instance offers it, and its window closes.
   */
  private void accountMappingOf(Map<String, Object> partner) {
    long partnerId = (Long) partner.get("partnerId");
    lead("intro-redelivery.com");
    sharedPopulations.share(
        partnerId,
        org.partnerengine.ecosystem.AccountPopulation.CUSTOMERS,
        org.partnerengine.ecosystem.SharingLevel.OVERLAPS,
        List.of("www.intro-redelivery.com"),
        "ada@redelivery-cloud.de");
    vendorSharing.set(org.partnerengine.ecosystem.AccountPopulation.PROSPECTS, org.partnerengine.ecosystem.SharingLevel.OVERLAPS, "manager");
    deliver("ecosystem.list-mapped-partners", new HashMap<>());
    deliver(
        "ecosystem.raise-plays",
        with(partner, "playTable", List.of(Map.of("vendorPopulation", "PROSPECTS", "partnerPopulation", "CUSTOMERS", "play", "ASK_FOR_INTRODUCTION"))));
    Map<String, Object> play = jdbc.queryForMap("select id, process_instance_key from account_play where partner_id = ?", partnerId);
    Map<String, Object> intro = new HashMap<>(Map.of("playId", play.get("id"), "processInstanceKey", play.get("process_instance_key")));
    deliver("ecosystem.offer-play", intro);
    deliver("ecosystem.expire-play", intro);
  }

  /**
   * Three campaigns for the partner: one it joins and launches (funded through MDF), one whose
   * invitation expires, one whose funds are refused.
   */
  private void campaignsOf(Map<String, Object> partner) {
    long partnerId = (Long) partner.get("partnerId");
    when(campaignEligibility.judgeAll(any()))
        .thenReturn(List.of(new org.partnerengine.campaign.CampaignEligibility.Verdict(partnerId, "Redelivery Cloud", "GOLD", true, "IN_AUDIENCE")));
    coBrand.describe(partnerId, new org.partnerengine.campaign.CoBrandForm("Redelivery Cloud GmbH", "Ada", "ada@redelivery-cloud.de", null), "ada");
    coBrand.logo(partnerId, java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="), "ada");

    Map<String, Object> launched = campaignPart(partnerId, "Launch");
    participations.answer(partnerId, (Long) launched.get("campaignId"), true, "ada");
    deliver("campaign.check-co-brand", launched);
    launched.put("vendorSharePercent", 50);
    deliver("campaign.request-funds", launched);
    deliver("mdf.reserve-budget", launched);
    deliver("campaign.launch", launched);
    deliver("campaign.complete-participation", launched);
    deliver("campaign.close", launched);

    deliver("campaign.expire-invitation", campaignPart(partnerId, "Unanswered"));

    Map<String, Object> refused = campaignPart(partnerId, "Refused");
    participations.answer(partnerId, (Long) refused.get("campaignId"), true, "ada");
    deliver("campaign.check-co-brand", refused);
    deliver("campaign.withdraw", refused);
  }

  /** A campaign planned today for the partner alone, its audience selected and the partner invited. */
  private Map<String, Object> campaignPart(long partnerId, String name) {
    long campaignId = jointCampaigns.create(
        new org.partnerengine.campaign.CampaignForm(name, org.partnerengine.campaign.CampaignGoal.PRODUCT_LAUNCH, null, LocalDate.now(),
            LocalDate.now().plusDays(30), 7, new BigDecimal("2000"), null, "{{campaign.name}}", "Hello from {{partner.legalName}}: {{responseLink}}", null),
        "manager").campaignId();
    Map<String, Object> vars = new HashMap<>(Map.of("campaignId", campaignId, "processInstanceKey", keys.incrementAndGet()));
    deliver("campaign.select-audience", vars);
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) vars.get("participationIds");
    Map<String, Object> part = new HashMap<>(Map.of("campaignId", campaignId, "participationId", ids.get(0), "processInstanceKey", keys.incrementAndGet()));
    deliver("campaign.invite-partner", part);
    return part;
  }

  /** A relationship-survey round: the partners listed, the partner's facts read, the partner invited once. */
  private void surveysOf(Map<String, Object> partner) {
    deliver("feedback.list-partners", new HashMap<>());
    deliver("feedback.list-partners", laterPage((Long) partner.get("partnerId"), "surveyRound"));
    deliver("feedback.survey-facts", partner);
    deliver("feedback.invite", with(partner, "surveyRound", "relationship-2026-12-05", "touchpoint", "RELATIONSHIP"));
  }

  /** A lead of the partner's territory, with the variables its instance starts with and the rules' answer. */
  private Map<String, Object> lead(String domain) {
    long leadId =
        leadIntake
            .receive(
                new org.partnerengine.leads.LeadSubmission(
                    "Lead " + domain, domain, "DE", "10115", "core-platform", "Carla", "carla@" + domain, "webinar", null))
            .leadId();
    // one candidate in these rounds: the rules weigh it 30
    return new HashMap<>(
        Map.of("leadId", leadId, "offersMade", 0, "acceptanceWindow", "P2D", "engagementRule", "OPEN_LEAD", "candidateWeights", List.of(30)));
  }

  private void marketingFundsOf(Map<String, Object> partner) {
    long partnerId = (Long) partner.get("partnerId");
    Map<String, Object> paid = mdfRequest(partnerId, "500");
    deliver("mdf.reserve-budget", paid);
    deliver("mdf.record-payout", with(paid, "amountApproved", new BigDecimal("450")));
    Map<String, Object> released = mdfRequest(partnerId, "300");
    deliver("mdf.reserve-budget", released);
    deliver("mdf.release-reservation", with(released, "verified", false));
    Map<String, Object> rejected = mdfRequest(partnerId, "200");
    deliver("mdf.reject-request", with(rejected, "approvalStep", "FINANCE", "comment", "no plan attached"));
    mdfRequest(partnerId, "100");
  }

  /** An asset's version sent back, resubmitted, published to its audience, renewed and retired. */
  private void libraryContentFor(Map<String, Object> partner) {
    when(contentAudience.admits(any(), any())).thenReturn(true);
    ContentAsset asset =
        contentLibrary.create(
            new ContentDescription("Battle card", null, ContentKind.BATTLE_CARD, "en", new ContentAudience(List.of(), null, List.of("DE"), null)),
            "manager");
    contentLibrary.link(asset.getId(), "https://cdn.example.com/battle-card", "manager");
    Map<String, Object> vars = new HashMap<>(Map.of("contentVersionId", contentLibrary.markSubmitted(asset.getId()).getId()));
    deliver("content.send-back", with(vars, "comment", "last year's prices"));
    contentLibrary.markSubmitted(asset.getId());
    deliver("content.publish", vars);
    deliver("content.notify-audience", vars);
    deliver("content.renew", with(vars, "renew", true, "nextReviewDate", LocalDate.now().plusYears(1).toString()));
    deliver("content.retire", vars);
  }

  private void offboard(Map<String, Object> partner) {
    Map<String, Object> vars = with(partner, "reason", "terminated for breach");
    deliver("offboarding.revoke-access", vars);
    deliver("offboarding.release-deals", vars);
    deliver("offboarding.cancel-mdf-reservations", vars);
    deliver("offboarding.record-offboarding", vars);
    enterStage(vars, "OFFBOARDED");
  }

  private void rejectedApplicants() {
    Partner embargoed =
        partners.save(
            new Partner(
                "Havana Resale SA",
                PartnerType.RESELLER,
                "CU",
                "https://www.havana-resale.example",
                "Grace Hopper",
                "grace@havana-resale.example",
                new BigDecimal("90000.00"),
                5,
                java.time.Instant.now()));
    Map<String, Object> vars = new HashMap<>(Map.of("partnerId", embargoed.getId()));
    deliver("partner.enrich-application", vars);
    deliver("recruitment.check-due-diligence", vars);
    deliver("recruitment.record-rejection", with(vars, "rejectionReason", "restricted country CU", "recommendation", "REVIEW", "fitScore", 45));
    enterStage(vars, "REJECTED");
  }

  private void aUserTask(long partnerId) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(keys.incrementAndGet());
    when(job.getElementId()).thenReturn("Task_ApproveApplication");
    when(job.getBpmnProcessId()).thenReturn("partner-recruitment");
    when(job.getProcessDefinitionKey()).thenReturn(100L);
    when(job.getProcessInstanceKey()).thenReturn(300L);
    when(job.getVariablesAsMap()).thenReturn(Map.of("partnerId", partnerId));
    when(job.getCustomHeaders())
        .thenReturn(
            Map.of(
                "io.camunda.zeebe:candidateGroups", "[\"channel-approvers\"]",
                "io.camunda.zeebe:dueDate", "2026-03-03T11:00:00+01:00",
                "io.camunda.zeebe:formKey", "200"));
    deliver("io.camunda.zeebe:userTask", new HashMap<>(Map.of("job", job)));
  }

  private void signedInThePortal(long partnerId) {
    String opened = agreements.document(partnerId, AgreementLanguage.ENGLISH).sha256();
    agreements.sign(partnerId, AgreementLanguage.ENGLISH, opened, new Signer("Ada Lovelace", "CEO"), "ada@redelivery-cloud.de", "127.0.0.1");
  }

  /** A manager completed the "Countersign agreement" task; the worker countersigns in their name. */
  private void countersignedInTheInbox(Map<String, Object> vars) {
    long partnerId = (Long) vars.get("partnerId");
    deliver("onboarding.find-signature", vars);
    long processInstanceKey = keys.incrementAndGet();
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(keys.incrementAndGet());
    when(job.getElementId()).thenReturn("Task_CountersignAgreement");
    when(job.getBpmnProcessId()).thenReturn("agreement-countersignature");
    when(job.getProcessDefinitionKey()).thenReturn(102L);
    when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
    when(job.getVariablesAsMap()).thenReturn(Map.of("partnerId", partnerId));
    when(job.getCustomHeaders()).thenReturn(Map.of("io.camunda.zeebe:candidateGroups", "[\"partner-managers\"]"));
    long taskId = inbox.offer(job).getId();
    jdbc.update("update user_task set state = 'COMPLETED', completed_by = 'manager', completed_at = claimed_at where id = ?", taskId);
    deliver(
        "onboarding.record-countersignature",
        with(vars, "countersignerName", "Max Mustermann", "countersignerTitle", "Head of Partners", "processInstanceKey", processInstanceKey));
    assertThat(agreements.signature(partnerId).getCountersignedBy()).isEqualTo("manager");
  }

  /** A partner's question: escalated once, then answered by whoever completed the answer task. */
  private void aQuestionEscalatedAndAnswered(long partnerId) {
    when(questionProcess.startAsync(any())).thenReturn(java.util.concurrent.CompletableFuture.completedFuture(keys.incrementAndGet()));
    long questionId = questions.ask(partnerId, QuestionTopic.DEALS, "Can we register a deal met at a fair?", "ada@redelivery-cloud.de").getId();
    long processInstanceKey = keys.incrementAndGet();
    Map<String, Object> vars = new HashMap<>(Map.of("questionId", questionId, "partnerId", partnerId));
    deliver("questions.escalate", with(vars, "escalationGroup", "partner-managers"));
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(keys.incrementAndGet());
    when(job.getElementId()).thenReturn("Task_AnswerQuestion");
    when(job.getBpmnProcessId()).thenReturn("partner-question");
    when(job.getProcessDefinitionKey()).thenReturn(103L);
    when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
    when(job.getVariablesAsMap()).thenReturn(Map.of("partnerId", partnerId, "questionId", questionId));
    when(job.getCustomHeaders()).thenReturn(Map.of("io.camunda.zeebe:candidateGroups", "[\"channel-approvers\"]"));
    long taskId = inbox.offer(job).getId();
    jdbc.update("update user_task set state = 'COMPLETED', completed_by = 'approver', completed_at = claimed_at where id = ?", taskId);
    deliver("questions.record-answer", with(vars, "answer", "Yes, register it.", "processInstanceKey", processInstanceKey));
    assertThat(questions.require(questionId).getAnsweredBy()).isEqualTo("approver");
  }

  /** A second designer approves one new version and rejects another in their approval tasks. */
  private void deploymentRequestsDecidedInTheInbox() {
    Map<String, Object> approved = completedApprovalTask("APPROVE", "Reviewed the diff");
    deliver("deployment.decide-request", approved);
    Map<String, Object> rejected = completedApprovalTask("REJECT", "Not this quarter");
    deliver("deployment.decide-request", rejected);

    var deployed = deploymentRequests.find((Long) approved.get("deploymentRequestId"));
    assertThat(deployed.status()).isEqualTo(org.partnerengine.deployment.DeploymentRequest.Status.APPROVED);
    assertThat(deployed.decidedBy()).isEqualTo("reviewer");
    org.mockito.Mockito.verify(deployments, org.mockito.Mockito.times(1)).deploy(any());
    assertThat(deploymentRequests.find((Long) rejected.get("deploymentRequestId")).status())
        .isEqualTo(org.partnerengine.deployment.DeploymentRequest.Status.REJECTED);
  }

  private Map<String, Object> completedApprovalTask(String decision, String reason) {
    long requestId =
        deploymentRequests
            .request(
                List.of(new DeploymentResource("partner-recruitment.bpmn", ("<definitions>" + decision + "</definitions>").getBytes())),
                List.of("partner-recruitment"),
                "designer")
            .id();
    long processInstanceKey = keys.incrementAndGet();
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getKey()).thenReturn(keys.incrementAndGet());
    when(job.getElementId()).thenReturn("Task_ApproveDeployment");
    when(job.getBpmnProcessId()).thenReturn("deployment-approval");
    when(job.getProcessDefinitionKey()).thenReturn(101L);
    when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
    when(job.getVariablesAsMap()).thenReturn(Map.of("deploymentRequestId", requestId));
    when(job.getCustomHeaders()).thenReturn(Map.of("io.camunda.zeebe:candidateGroups", "[\"process-designers\",\"partner-managers\"]"));
    long taskId = inbox.offer(job).getId();
    jdbc.update("update user_task set state = 'COMPLETED', completed_by = 'reviewer', completed_at = claimed_at where id = ?", taskId);
    return new HashMap<>(
        Map.of(
            "deploymentRequestId", requestId,
            "deploymentDecision", decision,
            "deploymentDecisionReason", reason,
            "processInstanceKey", processInstanceKey));
  }

  private Map<String, Object> deal(long partnerId, String domain) {
    long dealId =
        dealRegistrations
            .register(
                partnerId,
                new DealRegistration(
                    "Customer " + domain, domain, new BigDecimal("250000"), "EUR", LocalDate.now().plusMonths(3)))
            .dealId();
    return new HashMap<>(Map.of("dealId", dealId, "partnerId", partnerId));
  }

  private Map<String, Object> mdfRequest(long partnerId, String amount) {
    long requestId =
        mdfRequests
            .request(partnerId, new MdfRequestForm("Joint webinar", new BigDecimal(amount), LocalDate.now().plusDays(30)))
            .mdfRequestId();
    return new HashMap<>(Map.of("mdfRequestId", requestId, "partnerId", partnerId));
  }

  private void enterStage(Map<String, Object> vars, String stage) {
    deliver("lifecycle.enter-stage", with(vars, "headers", Map.of("stage", stage)));
  }

  /** The variables of a list job for the page of a round that starts at this partner. */
  private static Map<String, Object> laterPage(long partnerId, String roundVariable) {
    return new HashMap<>(Map.of("afterPartnerId", partnerId - 1, roundVariable, "2026-03-01"));
  }

  private static Map<String, Object> with(Map<String, Object> vars, Object... more) {
    Map<String, Object> copy = new HashMap<>(vars);
    for (int i = 0; i < more.length; i += 2) {
      copy.put((String) more[i], more[i + 1]);
    }
    return copy;
  }

  /**
   * One job: delivered, then delivered again {@link #REDELIVERIES} times with the same variables and
   * keys. The first answer is merged into the variables, as the engine would.
   */
  private void deliver(String jobType, Map<String, Object> vars) {
    Method method = workers.get(jobType);
    assertThat(method).as("a worker for %s", jobType).isNotNull();
    Object bean = beans.get(jobType);
    Object[] args = arguments(method, vars, keys.incrementAndGet());
    Map<String, List<String>> before = snapshot();

    Outcome first = invoke(bean, method, args);
    Map<String, List<String>> afterFirst = snapshot();
    if (!afterFirst.equals(before)) {
      changedTheDatabase.add(jobType);
    }
    Set<String> messagesAfterFirst = new HashSet<>(publishedMessageIds);

    for (int i = 0; i < REDELIVERIES; i++) {
      Outcome again = invoke(bean, method, args);
      assertThat(again.normalised()).as("%s answered differently on redelivery %d", jobType, i + 1).isEqualTo(first.normalised());
      redeliveries++;
    }
    Map<String, List<String>> afterAll = snapshot();
    assertThat(changes(afterFirst, afterAll)).as("rows changed by redelivering %s", jobType).isEmpty();
    assertThat(new HashSet<>(publishedMessageIds))
        .as("messages published again by %s carry the first delivery's message ids", jobType)
        .isEqualTo(messagesAfterFirst);
    delivered.add(jobType);
    first.mergeInto(vars);
  }

  private static Object[] arguments(Method method, Map<String, Object> vars, long jobKey) {
    Parameter[] parameters = method.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Parameter p = parameters[i];
      if (p.isAnnotationPresent(ProcessInstanceKey.class) && vars.containsKey("processInstanceKey")) {
        args[i] = vars.get("processInstanceKey"); // a worker that looks up its instance's user task
      } else if (p.isAnnotationPresent(ElementInstanceKey.class)
          || p.isAnnotationPresent(ProcessInstanceKey.class)
          || p.isAnnotationPresent(JobKey.class)) {
        args[i] = jobKey;
      } else if (p.isAnnotationPresent(CustomHeaders.class)) {
        args[i] = vars.getOrDefault("headers", Map.of());
      } else if (p.getType() == ActivatedJob.class) {
        args[i] = vars.get("job");
      } else {
        args[i] = convert(vars.get(p.getName()), p.getType());
      }
    }
    return args;
  }

  private static Object convert(Object value, Class<?> type) {
    if (value == null) {
      return type == boolean.class ? false : null;
    }
    if ((type == long.class || type == Long.class) && value instanceof Number n) return n.longValue();
    if ((type == int.class || type == Integer.class) && value instanceof Number n) return n.intValue();
    return value;
  }

  private static Outcome invoke(Object bean, Method method, Object[] args) {
    try {
      return new Outcome(method.invoke(bean, args), null, null);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      String code = cause instanceof BpmnError bpmn ? bpmn.getErrorCode() : cause.getMessage();
      return new Outcome(null, cause.getClass().getName(), code);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a delivery answered: the variables it completed with, or the error it raised. */
  record Outcome(Object result, String error, String code) {
    /** The answer as the engine would take it: amounts by value (450 = 450.00), records by component. */
    Outcome normalised() {
      return new Outcome(normalise(result), error, code);
    }

    private static Object normalise(Object value) {
      if (value instanceof BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
      }
      if (value instanceof Map<?, ?> map) {
        Map<Object, Object> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, normalise(v)));
        return copy;
      }
      if (value instanceof Record answer) {
        Map<String, Object> copy = new HashMap<>();
        new Outcome(answer, null, null).mergeInto(copy);
        return normalise(copy);
      }
      return value;
    }

    void mergeInto(Map<String, Object> vars) {
      if (result instanceof Record answer) {
        for (RecordComponent component : answer.getClass().getRecordComponents()) {
          try {
            vars.put(component.getName(), component.getAccessor().invoke(answer));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      } else if (result instanceof Map<?, ?> answer) {
        answer.forEach((k, v) -> vars.put((String) k, v));
      }
    }
  }

  private static List<String> changes(Map<String, List<String>> before, Map<String, List<String>> after) {
    List<String> changes = new ArrayList<>();
    after.forEach(
        (table, rows) -> {
          List<String> added = new ArrayList<>(rows);
          added.removeAll(before.getOrDefault(table, List.of()));
          List<String> removed = new ArrayList<>(before.getOrDefault(table, List.of()));
          removed.removeAll(rows);
          added.forEach(row -> changes.add(table + " + " + row));
          removed.forEach(row -> changes.add(table + " - " + row));
        });
    return changes;
  }

  /** Every row of every table, as text: the side effects a redelivery must not add to. */
  private Map<String, List<String>> snapshot() {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String table : tables()) {
      List<String> rows =
          jdbc.query(
              "select * from " + table,
              (rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                  Object value = rs.getObject(c);
                  // a blob prints as a handle that differs on every read: compare its content
                  row.append(value instanceof java.sql.Blob ? java.util.HexFormat.of().formatHex(rs.getBytes(c)) : Objects.toString(value))
                      .append('|');
                }
                return row.toString();
              });
      rows.sort(null);
      tables.put(table, rows);
    }
    return tables;
  }

  private List<String> tables() {
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        if (!name.toLowerCase().startsWith("flyway")) {
          names.add(name);
        }
      }
      assertThat(names).isNotEmpty();
      return names;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
