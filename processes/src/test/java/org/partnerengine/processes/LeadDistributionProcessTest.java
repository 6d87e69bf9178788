package org.partnerengine.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@ZeebeProcessTest
class LeadDistributionProcessTest {

  @RegisterExtension static ProcessCoverage coverage = ProcessCoverage.of("lead-distribution");

  private static final long LEAD = 51L;
  private static final Duration WINDOW = Duration.ofDays(2);

  ZeebeTestEngine engine;
  ZeebeClient client;
  ProcessTestSupport processes;

  @BeforeEach
  void deploy() {
    processes = new ProcessTestSupport(engine, client);
    processes.deployAll();
  }

  @Test
  void aLeadReceivedMessageStoresItsLeadClearsTheContactFromTheInstanceAndIsRouted() {
    Map<String, Object> lead = Map.of("companyName", "Tulip BV", "domain", "tulip.example", "country", "NL",
        "productInterest", "core-platform", "contactName", "Tess", "contactEmail", "tess@tulip.example", "source", "webinar");
    processes.publish("lead-received", "crm-4711", "lead-received:crm-4711", Map.of("lead", lead));

    ActivatedJob store = processes.complete("leads.store-received", Map.of("leadId", LEAD, "acceptanceWindow", "P2D", "maxOffers", 3,
        "offersMade", 0, "leadStatusReminder", "P7D", "leadReclaimAfter", "P14D"));
    ActivatedJob facts = processes.complete("leads.gather-engagement-facts", facts(true, null, null));
    processes.complete("leads.hand-to-direct-sales", Map.of());

    assertThat(store.getVariablesAsMap()).containsEntry("lead", lead);
    assertThat(facts.getVariablesAsMap()).containsEntry("leadId", (int) LEAD).containsEntry("lead", null).containsEntry("maxOffers", 3);
    assertThat(new InspectedProcessInstance(store.getProcessInstanceKey()))
        .hasPassedElementsInOrder("StartEvent_LeadReceivedMessage", "Task_StoreReceivedLead", "Task_GatherEngagementFacts", "EndEvent_DirectSales")
        .isCompleted();
  }

  @Test
  void aLeadReceivedMessageWithoutALeadEndsRefusedWithItsReason() {
    processes.publish("lead-received", "crm-4712", "lead-received:crm-4712", Map.of("lead", Map.of("companyName", "Half a lead")));
    ActivatedJob store = processes.job("leads.store-received");
    client.newThrowErrorCommand(store.getKey()).errorCode("INVALID_LEAD").errorMessage("domain must not be blank")
        .variables(Map.of("refusedReason", "domain must not be blank")).send().join();
    processes.waitForIdle();

    assertThat(new InspectedProcessInstance(store.getProcessInstanceKey()))
        .hasPassedElementsInOrder("StartEvent_LeadReceivedMessage", "Event_LeadRefused", "EndEvent_LeadRefused")
        .hasNotPassedElement("Task_GatherEngagementFacts")
        .hasVariableWithValue("refusedReason", "domain must not be blank")
        .hasVariableWithValue("lead", null)
        .isCompleted();
  }

  @Test
  void aDirectSalesAccountStaysWithDirectSalesEvenWhenAPartnerHoldsARegistration() {
    InspectedProcessInstance lead = receive();

    processes.complete("leads.gather-engagement-facts", facts(true, 7L, 8L));
    ActivatedJob handOver = processes.complete("leads.hand-to-direct-sales", Map.of());

    assertThat(handOver.getVariablesAsMap()).containsEntry("engagementRule", "DIRECT_SALES_ACCOUNT");
    assertThat(lead)
        .hasPassedElementsInOrder(
            "Task_GatherEngagementFacts", "Task_ApplyRulesOfEngagement", "Gateway_Engagement", "Task_HandToDirectSales", "EndEvent_DirectSales")
        .hasNotPassedElement("Task_FindCandidates")
        .isCompleted();
  }

  @Test
  void aCustomerWithAProtectedRegistrationGoesToThatPartnerBeforeAnIncumbent() {
    InspectedProcessInstance lead = receive();

    processes.complete("leads.gather-engagement-facts", facts(false, 7L, 8L));
    ActivatedJob assign = processes.complete("leads.assign-to-owner", Map.of());

    assertThat(assign.getVariablesAsMap()).containsEntry("ownerPartnerId", 7).containsEntry("engagementRule", "PROTECTED_REGISTRATION");
    assertThat(lead)
        .hasPassedElementsInOrder("Gateway_Engagement", "Task_AssignToOwner", "EndEvent_AssignedToOwner")
        .hasNotPassedElement("Task_FindCandidates")
        .isCompleted();
  }

  @Test
  void aCustomerWithAnIncumbentPartnerGoesToIt() {
    InspectedProcessInstance lead = receive();

    processes.complete("leads.gather-engagement-facts", facts(false, null, 8L));
    ActivatedJob assign = processes.complete("leads.assign-to-owner", Map.of());

    assertThat(assign.getVariablesAsMap()).containsEntry("ownerPartnerId", 8).containsEntry("engagementRule", "INCUMBENT_PARTNER");
    assertThat(lead).hasPassedElement("EndEvent_AssignedToOwner").isCompleted();
  }

  @Test
  void anOpenLeadIsWeighedByTheRulesOfferedAndAccepted() {
    InspectedProcessInstance lead = receive();
    processes.complete("leads.gather-engagement-facts", facts(false, null, null));

    processes.complete("leads.find-candidates", candidates(1L, 2L));
    ActivatedJob pick = processes.complete("leads.pick-partner", offer(100, 1L, 1));
    processes.publish("lead-offer-accepted", "100", "lead-offer-answer:100", Map.of());
    processes.complete("leads.record-acceptance", Map.of());
    processes.publish("lead-outcome", String.valueOf(LEAD), "lead-outcome:" + LEAD, Map.of());

    // GOLD 30 + focused 10 + acceptance >= 0.8 20 + its postcode area 10 + wins >= half 15;
    // REGISTERED 10 + no answers yet 10 + no deal closed 5 (the country only: nothing)
    assertThat(pick.getVariablesAsMap().get("candidateWeights")).isEqualTo(List.of(85, 25));
    assertThat(pick.getVariablesAsMap()).containsEntry("engagementRule", "OPEN_LEAD").containsEntry("offersMade", 0);
    assertThat(lead)
        .hasPassedElementsInOrder(
            "Gateway_Engagement", "Task_FindCandidates", "Gateway_HasCandidates",
            // the multi-instance body, then one evaluation per candidate
            "Task_WeighCandidates", "Task_WeighCandidates", "Task_WeighCandidates", "Task_PickPartner", "Task_AwaitAnswer", "Task_RecordAcceptance",
            "Task_AwaitLeadOutcome", "EndEvent_LeadAccepted")
        .hasNotPassedElement("Event_OfferDeclined")
        .isCompleted();
  }

  @Test
  void aPartnerThatAcceptedIsRemindedWhenQuietAndAStatusUpdateStartsTheClockAgain() {
    InspectedProcessInstance lead = accepted();

    processes.moveClock(Duration.ofDays(7).plusMinutes(1));
    processes.complete("leads.remind-status", Map.of());
    processes.publish("lead-status-updated", String.valueOf(LEAD), "lead-status-updated:" + LEAD + ":1", Map.of());
    // The update reset both clocks: seven more days bring no reclaim, only the next reminder.
    processes.moveClock(Duration.ofDays(8));
    processes.complete("leads.remind-status", Map.of());
    processes.publish("lead-outcome", String.valueOf(LEAD), "lead-outcome:" + LEAD, Map.of());

    assertThat(processes.flowsTaken("Flow_ToRemindLeadStatus")).isEqualTo(2);
    assertThat(processes.flowsTaken("Flow_StatusUpdated")).isEqualTo(1);
    assertThat(lead).hasPassedElement("EndEvent_StatusReminded", 2).hasNotPassedElement("Task_ReclaimLead").hasPassedElement("EndEvent_LeadAccepted").isCompleted();
  }

  @Test
  void aLeadLeftWithoutNewsIsTakenBackAndOfferedToTheNextPartner() {
    InspectedProcessInstance lead = accepted();

    processes.moveClock(Duration.ofDays(14).plusMinutes(1));
    processes.complete("leads.remind-status", Map.of());
    ActivatedJob reclaim = processes.complete("leads.reclaim", Map.of("leadReclaimed", true));
    assertThat(reclaim.getVariablesAsMap()).containsEntry("offerId", 100).containsEntry("leadId", (int) LEAD);
    processes.complete("leads.find-candidates", candidates(2L));

    assertThat(lead).hasPassedElementsInOrder("Task_RecordAcceptance", "Task_ReclaimLead", "Gateway_Reclaimed", "Gateway_MoreOffers")
        .hasPassedElement("Task_FindCandidates", 2);
    assertThat(processes.flowsTaken("Flow_LeadReclaimed")).isEqualTo(1);
  }

  @Test
  void aDealOrALossThatCameFirstEndsTheWaitWhenTheReclaimFindsIt() {
    InspectedProcessInstance lead = accepted();

    processes.moveClock(Duration.ofDays(14).plusMinutes(1));
    processes.complete("leads.remind-status", Map.of());
    processes.complete("leads.reclaim", Map.of("leadReclaimed", false));

    assertThat(lead).hasPassedElement("EndEvent_ClosedMeanwhile").isCompleted();
    assertThat(processes.flowsTaken("Flow_LeadReclaimed")).isZero();
  }

  /** A lead routed, offered and accepted: now waiting for its deal or loss. */
  private InspectedProcessInstance accepted() {
    InspectedProcessInstance lead = receive();
    processes.complete("leads.gather-engagement-facts", facts(false, null, null));
    processes.complete("leads.find-candidates", candidates(1L, 2L));
    processes.complete("leads.pick-partner", offer(100, 1L, 1));
    processes.publish("lead-offer-accepted", "100", "lead-offer-answer:100", Map.of());
    processes.complete("leads.record-acceptance", Map.of());
    return lead;
  }

  @Test
  void aDeclineAndAClosedWindowOfferItAgainAndAfterMaxOffersManagersTriageIt() {
    InspectedProcessInstance lead = receive();
    processes.complete("leads.gather-engagement-facts", facts(false, null, null));

    processes.complete("leads.find-candidates", candidates(1L, 2L, 3L));
    processes.complete("leads.pick-partner", offer(100, 1L, 1));
    processes.publish("lead-offer-declined", "100", "lead-offer-answer:100", Map.of("declineReason", "NO_CAPACITY"));
    ActivatedJob decline = processes.complete("leads.record-decline", Map.of());
    assertThat(decline.getVariablesAsMap()).containsEntry("declineReason", "NO_CAPACITY").containsEntry("offerId", 100);

    ActivatedJob second = processes.complete("leads.find-candidates", candidates(2L, 3L));
    assertThat(second.getVariablesAsMap()).containsEntry("offersMade", 1);
    processes.complete("leads.pick-partner", offer(101, 2L, 2));
    processes.moveClock(WINDOW.minusHours(1));
    assertThat(lead).hasNotPassedElement("Event_AcceptanceWindowClosed");
    processes.moveClock(Duration.ofHours(2));
    processes.complete("leads.expire-offer", Map.of());

    processes.complete("leads.find-candidates", candidates(3L));
    processes.complete("leads.pick-partner", offer(102, 3L, 3));
    processes.publish("lead-offer-declined", "102", "lead-offer-answer:102", Map.of("declineReason", "SPAM"));
    processes.complete("leads.record-decline", Map.of());

    processes.complete("leads.await-triage", Map.of());
    processes.completeUserTask("Task_TriageLead", Map.of("triageOutcome", "ASSIGN", "triagePartnerId", 9, "triageComment", "knows them"));
    ActivatedJob apply = processes.complete("leads.apply-triage", Map.of());

    assertThat(apply.getVariablesAsMap()).containsEntry("triageOutcome", "ASSIGN").containsEntry("triagePartnerId", 9);
    assertThat(lead)
        .hasPassedElementsInOrder(
            "Task_FindCandidates", "Task_PickPartner", "Event_OfferDeclined", "Task_RecordDecline", "Gateway_MoreOffers", "Task_FindCandidates", "Task_PickPartner",
            "Event_AcceptanceWindowClosed", "Task_ExpireOffer", "Gateway_MoreOffers", "Task_FindCandidates", "Task_PickPartner",
            "Event_OfferDeclined", "Task_RecordDecline", "Gateway_MoreOffers", "Task_AwaitTriage", "Task_TriageLead",
            "Task_ApplyTriage", "EndEvent_LeadTriaged")
        .hasNotPassedElement("Task_RecordAcceptance")
        .isCompleted();
    assertThat(processes.flowsTaken("Flow_NextRound")).isEqualTo(2);
  }

  @Test
  void aLeadNobodyCoversGoesStraightToTriage() {
    InspectedProcessInstance lead = receive();
    processes.complete("leads.gather-engagement-facts", facts(false, null, null));

    processes.complete("leads.find-candidates", Map.of("candidates", List.of(), "candidateCount", 0));
    processes.complete("leads.await-triage", Map.of());
    processes.completeUserTask("Task_TriageLead", Map.of("triageOutcome", "CLOSE"));
    processes.complete("leads.apply-triage", Map.of());

    assertThat(lead)
        .hasPassedElementsInOrder("Task_FindCandidates", "Gateway_HasCandidates", "Task_AwaitTriage", "Task_TriageLead", "EndEvent_LeadTriaged")
        .hasNotPassedElement("Task_WeighCandidates")
        .hasNotPassedElement("Task_PickPartner")
        .isCompleted();
  }

  private InspectedProcessInstance receive() {
    return new InspectedProcessInstance(
        processes.start(
            "lead-distribution",
            Map.of("leadId", LEAD, "acceptanceWindow", WINDOW.toString(), "maxOffers", 3, "offersMade", 0,
                "leadStatusReminder", "P7D", "leadReclaimAfter", "P14D")));
  }

  private static Map<String, Object> facts(boolean directSales, Long protectedPartner, Long incumbent) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("directSalesDomain", directSales);
    facts.put("protectedPartnerId", protectedPartner);
    facts.put("incumbentPartnerId", incumbent);
    return facts;
  }

  /**
   * The first is a focused GOLD partner near the lead that accepts most offers and wins most deals,
   * the others registered newcomers covering the whole country.
   */
  private static Map<String, Object> candidates(Long... partnerIds) {
    List<Map<String, Object>> found =
        java.util.Arrays.stream(partnerIds)
            .map(
                id -> {
                  Map<String, Object> c = new HashMap<>();
                  c.put("partnerId", id);
                  c.put("tier", id == 1L ? "GOLD" : "REGISTERED");
                  c.put("specialisationCount", id == 1L ? 1 : 5);
                  c.put("acceptanceRate", id == 1L ? 0.9 : null);
                  c.put("distanceBand", id == 1L ? "POSTCODE_AREA" : "COUNTRY");
                  c.put("winRate", id == 1L ? 0.6 : null);
                  return c;
                })
            .toList();
    return Map.of("candidates", found, "candidateCount", found.size());
  }

  private static Map<String, Object> offer(long offerId, long partnerId, int offersMade) {
    return Map.of("offerId", offerId, "offerKey", String.valueOf(offerId), "offeredPartnerId", partnerId, "offersMade", offersMade);
  }
}
