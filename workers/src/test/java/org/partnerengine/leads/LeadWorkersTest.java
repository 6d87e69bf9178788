package org.partnerengine.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.deals.Deal;
import org.partnerengine.deals.DealSettings;
import org.partnerengine.deals.Deals;
import org.partnerengine.engine.AcceptedStarts;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerType;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.partnerengine.territory.CoverageDefinition;
import org.partnerengine.territory.Territory;
import org.partnerengine.territory.TerritoryCatalogue;
import org.partnerengine.territory.TerritoryDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The lead workers and the intake on a real database, committing real transactions, with the
 * engine's part played by the test: the facts for the rules of engagement, the candidates of each
 * round with the reasons others are left out, the seeded pick, and the answers to an offer.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({
  AcceptedStarts.class, LeadIntake.class, ImportedLeadStarts.class, LeadWorkers.class, Standings.class, OrphanLeads.class, TerritoryCatalogue.class,
  PartnerLeads.class, LeadImports.class, Competitors.class, LeadFollowUpWorkers.class, org.partnerengine.partner.PartnerHistory.class,
  org.partnerengine.notification.NotificationOutbox.class,
  LeadWorkersTest.Settings.class
})
class LeadWorkersTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final int IMPORT_STARTS_IN_FLIGHT = 10;
  private static final AtomicInteger NAMES = new AtomicInteger();

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    DealSettings dealSettings() {
      return new DealSettings(null, null, List.of("www.BigCorp.com"), null, null, null);
    }

    @Bean
    LeadSettings leadSettings() {
      return new LeadSettings(null, null, null, null, null, IMPORT_STARTS_IN_FLIGHT);
    }

    @Bean
    LocalValidatorFactoryBean validator() {
      return new LocalValidatorFactoryBean();
    }
  }

  @MockitoBean LeadDistribution distribution;
  @MockitoBean org.partnerengine.messaging.PartnerMessages messages;
  @Autowired PartnerLeads partnerLeads;

  @Autowired LeadIntake intake;
  @Autowired LeadWorkers workers;
  @Autowired OrphanLeads orphans;
  @Autowired Leads leads;
  @Autowired LeadOffers offers;
  @Autowired LeadCandidates candidates;
  @Autowired Partners partners;
  @Autowired Deals deals;
  @Autowired TerritoryCatalogue territories;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadFollowUpWorkers followUps;
  @Autowired Competitors competitors;

  private final AtomicLong instances = new AtomicLong(5000);

  @BeforeEach
  void engineStartsInstances() {
    when(distribution.startAsync(anyLong())).thenAnswer(call -> CompletableFuture.completedFuture(instances.incrementAndGet()));
    when(distribution.start(anyLong())).thenAnswer(call -> instances.incrementAndGet());
  }

  @Test
  void aLeadIsStoredAndItsDistributionStartedAndARefusedStartStoresNothing() {
    LeadReceipt receipt = intake.receive(submission("Initech", "https://www.Initech.example/", "DE", "80331"));

    Lead lead = leads.require(receipt.leadId());
    assertThat(lead.getDomain()).isEqualTo("initech.example");
    assertThat(lead.getStatus()).isEqualTo(LeadStatus.RECEIVED);
    assertThat(receipt.processInstanceKey()).isEqualTo(lead.getProcessInstanceKey()).isNotNull();

    long before = leads.count();
    when(distribution.startAsync(anyLong())).thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("down", null)));
    assertThatThrownBy(() -> intake.receive(submission("Globex", "globex.example", "DE", null))).isInstanceOf(EngineUnavailable.class);
    assertThat(leads.count()).isEqualTo(before);
  }

  @Test
  void aLeadWhoseStartWasLostIsStartedByTheSweepOnce() {
    when(distribution.startAsync(anyLong())).thenReturn(new CompletableFuture<>());
    long leadId = intake.receive(submission("Hooli", "hooli.example", "DE", null)).leadId();
    jdbc.update("update sales_lead set received_at = ? where id = ?", java.sql.Timestamp.from(NOW.minus(Duration.ofHours(1))), leadId);

    orphans.sweep(Duration.ofMinutes(5));
    orphans.sweep(Duration.ofMinutes(5));

    verify(distribution, times(1)).start(leadId);
    assertThat(leads.require(leadId).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void anImportStoresTheValidRowsAndReportsTheOthersWithTheirReason() {
    long before = leads.count();
    String csv =
        "companyName,domain,country,postcode,productInterest,contactName,contactEmail,source,campaign\n"
            + "Acme,acme.example,DE,10115,core-platform,Ann,ann@acme.example,webinar,spring\n"
            + "\"Umbrella, Inc.\",umbrella.example,FR,,core-platform,Bob,bob@umbrella.example,fair,\n"
            + "Broken,not a domain,DE,,core-platform,Cy,cy@broken.example,fair,\n"
            + "Acme again,www.acme.example,DE,10115,core-platform,Ann,ann@acme.example,webinar,spring\n"
            + "Short,short.example,DE\n";

    LeadIntake.ImportReport report = intake.importCsv(csv);

    assertThat(report.rows()).isEqualTo(5);
    assertThat(report.accepted()).hasSize(2);
    assertThat(report.refused()).extracting(LeadIntake.RefusedRow::line).containsExactly(4, 5, 6);
    assertThat(report.refused().get(0).reason()).contains("domain");
    assertThat(report.refused().get(1).reason()).contains("earlier in the file");
    assertThat(leads.count()).isEqualTo(before + 2);
    assertThat(leads.require(report.accepted().get(1)).getCompanyName()).isEqualTo("Umbrella, Inc.");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(distribution, times(2)).startAsync(anyLong()));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(report.accepted()).allSatisfy(id -> assertThat(leads.require(id).getProcessInstanceKey()).isNotNull()));
    assertThat(intake.importReport(report.importId()))
        .contains("\"importId\":" + report.importId())
        .contains("\"accepted\":[" + report.accepted().get(0) + "," + report.accepted().get(1) + "]")
        .contains("earlier in the file");
    assertThatThrownBy(() -> intake.importCsv("companyName,domain\nX,x.example\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("country");
  }

  @Test
  void anImportStartsEveryLeadOnceWithAtMostTheBoundWaitingForTheRulesOfEngagement() {
    int bound = IMPORT_STARTS_IN_FLIGHT;
    StringBuilder csv = new StringBuilder("companyName,domain,country,postcode,productInterest,contactName,contactEmail,source,campaign\n");
    String batch = "paced-" + NAMES.incrementAndGet();
    for (int i = 0; i < 5 * bound; i++) {
      csv.append("Paced ").append(i).append(',').append(batch).append('-').append(i).append(".example,DE,10115,core-platform,Ann,ann@")
          .append(batch).append('-').append(i).append(".example,fair,\n");
    }

    List<Long> imported = intake.importCsv(csv.toString()).accepted();

    assertThat(imported).hasSize(5 * bound);
    // The test plays the engine: each look, the leads started so far have their rules of engagement
    // applied, and the next ones may start.
    AtomicInteger mostWaiting = new AtomicInteger();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              List<Long> waiting =
                  jdbc.queryForList(
                      "select id from sales_lead where status = 'RECEIVED' and start_claimed_at is not null and id between ? and ?",
                      Long.class, imported.getFirst(), imported.getLast());
              mostWaiting.accumulateAndGet(waiting.size(), Math::max);
              waiting.forEach(id -> jdbc.update("update sales_lead set status = 'ROUTING' where id = ?", id));
              return imported.stream().allMatch(id -> leads.require(id).getProcessInstanceKey() != null)
                  && jdbc.queryForObject("select count(*) from sales_lead where status = 'RECEIVED' and id between ? and ?",
                      Integer.class, imported.getFirst(), imported.getLast()) == 0;
            });
    assertThat(mostWaiting.get()).isPositive().isLessThanOrEqualTo(bound);
    imported.forEach(id -> verify(distribution, times(1)).startAsync(id));
    assertThat(imported.stream().map(id -> leads.require(id).getProcessInstanceKey()).distinct()).hasSize(imported.size());
  }

  @Test
  void anImportedLeadWhoseStartFailedIsStartedByTheSweepOnceAndTheOthersNot() {
    String batch = "swept-" + NAMES.incrementAndGet();
    String csv =
        "companyName,domain,country,postcode,productInterest,contactName,contactEmail,source,campaign\n"
            + "Lost,lost-" + batch + ".example,DE,10115,core-platform,Ann,ann@lost-" + batch + ".example,fair,\n"
            + "Kept,kept-" + batch + ".example,DE,10115,core-platform,Bob,bob@kept-" + batch + ".example,fair,\n";
    when(distribution.startAsync(anyLong()))
        .thenReturn(CompletableFuture.failedFuture(new EngineUnavailable("down", null)))
        .thenAnswer(call -> CompletableFuture.completedFuture(instances.incrementAndGet()));

    List<Long> imported = intake.importCsv(csv).accepted();
    long lost = imported.get(0);
    long kept = imported.get(1);
    await().atMost(Duration.ofSeconds(10)).until(() -> leads.require(kept).getProcessInstanceKey() != null);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(distribution, times(1)).startAsync(lost));
    assertThat(leads.require(lost).getProcessInstanceKey()).isNull();
    jdbc.update(
        "update sales_lead set received_at = ?, start_claimed_at = ? where id in (?, ?)",
        java.sql.Timestamp.from(NOW.minus(Duration.ofHours(1))), java.sql.Timestamp.from(NOW.minus(Duration.ofHours(1))), lost, kept);

    orphans.sweep(Duration.ofMinutes(5));
    orphans.sweep(Duration.ofMinutes(5));

    verify(distribution, times(1)).start(lost);
    verify(distribution, never()).start(kept);
    assertThat(leads.require(lost).getProcessInstanceKey()).isNotNull();
  }

  @Test
  void aDirectSalesAccountAProtectedRegistrationAndAnIncumbentAreTheFactsTheRulesRead() {
    long protectedLead = intake.receive(submission("Shielded", "shielded.example", "DE", null)).leadId();
    long wonLead = intake.receive(submission("Won", "won-before.example", "DE", null)).leadId();
    long directLead = intake.receive(submission("BigCorp", "bigcorp.com", "DE", null)).leadId();
    long holder = activePartner("GOLD");
    long winner = activePartner("SILVER");
    Deal held = deals.saveAndFlush(new Deal(holder, "Shielded", "shielded.example", BigDecimal.TEN, "EUR", LocalDate.of(2026, 6, 1), NOW));
    jdbc.update(
        "insert into customer_claim (customer_domain, deal_id, partner_id, claimed_at) values (?, ?, ?, ?)",
        "shielded.example", held.getId(), holder, java.sql.Timestamp.from(NOW));
    Deal won = deals.saveAndFlush(new Deal(winner, "Won", "won-before.example", BigDecimal.TEN, "EUR", LocalDate.of(2026, 6, 1), NOW));
    jdbc.update("update deal set status = 'WON' where id = ?", won.getId());

    assertThat(workers.gatherEngagementFacts(protectedLead, 91))
        .isEqualTo(new LeadWorkers.EngagementFacts(false, holder, null));
    assertThat(workers.gatherEngagementFacts(wonLead, 92)).isEqualTo(new LeadWorkers.EngagementFacts(false, null, winner));
    assertThat(workers.gatherEngagementFacts(directLead, 93)).isEqualTo(new LeadWorkers.EngagementFacts(true, null, null));

    workers.assignToOwner(protectedLead, holder, "PROTECTED_REGISTRATION");
    workers.handToDirectSales(directLead, "DIRECT_SALES_ACCOUNT");
    assertThat(leads.require(protectedLead).getStatus()).isEqualTo(LeadStatus.ASSIGNED);
    assertThat(leads.require(protectedLead).getPartnerId()).isEqualTo(holder);
    assertThat(leads.require(directLead).getStatus()).isEqualTo(LeadStatus.DIRECT_SALES);
    assertThat(leads.require(directLead).getRoutingRule()).isEqualTo("DIRECT_SALES_ACCOUNT");
  }

  @Test
  void candidatesAreActiveSpecialisedPartnersOfTheTerritoryWithCapacityAndOthersAreToldWhyNot() {
    String country = "AT";
    Territory vienna = territory(country, "1");
    long gold = activePartner("GOLD");
    long silver = activePartner("SILVER");
    long full = activePartner("GOLD");
    long generalist = activePartner("GOLD");
    long recruit = partners.saveAndFlush(partner()).getId();
    long elsewhere = activePartner("GOLD");
    cover(gold, vienna, Set.of("core-platform"), 10);
    cover(silver, vienna, Set.of("core-platform", "analytics"), 10);
    cover(full, vienna, Set.of("core-platform"), 0);
    cover(generalist, vienna, Set.of("analytics"), 10);
    cover(recruit, vienna, Set.of("core-platform"), 10);
    cover(elsewhere, territory(country, "8"), Set.of("core-platform"), 10);
    long leadId = intake.receive(submission("Wien AG", "wien.example", country, "1010")).leadId();

    LeadWorkers.CandidatesFound found = workers.findCandidates(leadId, 0, "OPEN_LEAD");

    assertThat(found.candidates()).extracting(CandidateRules.Candidate::partnerId).containsExactly(gold, silver);
    assertThat(found.candidates().get(0)).isEqualTo(new CandidateRules.Candidate(gold, "GOLD", 1, null, "POSTCODE_AREA", null));
    assertThat(candidates.findByLeadIdAndRoundOrderByPartnerId(leadId, 1))
        .extracting(LeadCandidate::getPartnerId, LeadCandidate::getExcludedReason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(gold, null),
            org.assertj.core.groups.Tuple.tuple(silver, null),
            org.assertj.core.groups.Tuple.tuple(full, "AT_CAPACITY"),
            org.assertj.core.groups.Tuple.tuple(generalist, "NOT_SPECIALISED"),
            org.assertj.core.groups.Tuple.tuple(recruit, "NOT_ACTIVE"));
    assertThat(leads.require(leadId).getStatus()).isEqualTo(LeadStatus.ROUTING);
    assertThat(leads.require(leadId).getRoutingRule()).isEqualTo("OPEN_LEAD");
  }

  @Test
  void aCandidateCarriesHowCloseItsCoverageIsAndItsWinRateOfTheLastYear() {
    // Slovenia: no other test of this class routes there, and a whole-country territory would reach their leads.
    Territory maribor = territory("SI", "2");
    Territory slovenia = territory("SI", null);
    long local = activePartner("SILVER");
    long national = activePartner("SILVER");
    cover(local, maribor, Set.of("core-platform"), 10);
    cover(national, slovenia, Set.of("core-platform"), 10);
    closedDeal(local, "WON", 10);
    closedDeal(local, "WON", 40);
    closedDeal(local, "LOST", 100);
    closedDeal(local, "LOST", 500); // more than a year ago: not counted
    long leadId = intake.receive(submission("Maribor d.o.o.", "maribor.example", "SI", "2000")).leadId();

    LeadWorkers.CandidatesFound found = workers.findCandidates(leadId, 0, "OPEN_LEAD");

    assertThat(found.candidates())
        .extracting(CandidateRules.Candidate::partnerId, CandidateRules.Candidate::distanceBand, CandidateRules.Candidate::winRate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(local, "POSTCODE_AREA", 0.6667),
            org.assertj.core.groups.Tuple.tuple(national, "COUNTRY", null));
    assertThat(candidates.findByLeadIdAndRoundOrderByPartnerId(leadId, 1))
        .extracting(LeadCandidate::getDistanceBand)
        .containsExactly("POSTCODE_AREA", "COUNTRY");
  }

  /** A deal of the partner closed some days ago, inserted as the outcome left it. */
  private void closedDeal(long partnerId, String status, int daysAgo) {
    java.time.LocalDate closed = java.time.LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(daysAgo);
    jdbc.update(
        "insert into deal (partner_id, customer_name, customer_domain, amount, currency, expected_close_date, status,"
            + " protection_extended, registered_at, updated_at, version, closed_on)"
            + " values (?, 'Closed Co', ?, 1000, 'EUR', ?, ?, false, ?, ?, 0, ?)",
        partnerId, "closed-" + partnerId + "-" + daysAgo + ".example", closed, status,
        java.sql.Timestamp.from(NOW), java.sql.Timestamp.from(NOW), closed);
  }

  @Test
  void aPickIsTheSameOnRedeliveryAndADeclinedOrSilentPartnerIsNotOfferedTheLeadAgain() {
    Territory lyon = territory("FR", "69");
    long first = activePartner("GOLD");
    long second = activePartner("SILVER");
    cover(first, lyon, Set.of("core-platform"), 10);
    cover(second, lyon, Set.of("core-platform"), 10);
    long leadId = intake.receive(submission("Lyon SA", "lyon.example", "FR", "69001")).leadId();

    workers.findCandidates(leadId, 0, "OPEN_LEAD");
    LeadWorkers.OfferMade offer = workers.pickPartner(leadId, 0, List.of(60, 20), "P2D");
    LeadWorkers.OfferMade again = workers.pickPartner(leadId, 0, List.of(60, 20), "P2D");

    assertThat(again).isEqualTo(offer);
    assertThat(offer.offersMade()).isEqualTo(1);
    LeadOffer stored = offers.findById(offer.offerId()).orElseThrow();
    assertThat(stored.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    assertThat(stored.getWeight()).isEqualByComparingTo(offer.offeredPartnerId() == first ? "60" : "20");

    workers.recordDecline(offer.offerId(), "NOT_A_FIT");
    workers.recordDecline(offer.offerId(), "NOT_A_FIT");
    assertThat(offers.findById(offer.offerId()).orElseThrow().getDeclineReason()).isEqualTo(DeclineReason.NOT_A_FIT);
    long other = offer.offeredPartnerId() == first ? second : first;
    LeadWorkers.CandidatesFound round2 = workers.findCandidates(leadId, 1, "OPEN_LEAD");
    assertThat(round2.candidates()).extracting(CandidateRules.Candidate::partnerId).containsExactly(other);
    LeadWorkers.OfferMade secondOffer = workers.pickPartner(leadId, 1, List.of(20), "P2D");
    workers.expireOffer(secondOffer.offerId());

    assertThat(workers.findCandidates(leadId, 2, "OPEN_LEAD").candidateCount()).isZero();
    assertThat(candidates.findByLeadIdAndRoundOrderByPartnerId(leadId, 3))
        .extracting(LeadCandidate::getExcludedReason)
        .containsExactlyInAnyOrder("DECLINED_THIS_LEAD", "OFFERED_BEFORE");
    workers.awaitTriage(leadId);
    workers.applyTriage(leadId, "ASSIGN", other);
    assertThat(leads.require(leadId).getStatus()).isEqualTo(LeadStatus.ASSIGNED);
  }

  @Test
  void aReclaimedLeadIsNeverOfferedToACompetitorOfThePartnerThatWorkedIt() {
    Territory turin = territory("IT", "10");
    long worker = activePartner("GOLD");
    long rival = activePartner("GOLD");
    long neutral = activePartner("SILVER");
    cover(worker, turin, Set.of("core-platform"), 10);
    competitors.set(worker, Set.of(rival), "manager");
    assertThat(competitors.of(rival)).as("competition goes both ways").containsExactly(worker);
    long leadId = intake.receive(submission("Torino SpA", "torino.example", "IT", "10121")).leadId();
    workers.findCandidates(leadId, 0, "OPEN_LEAD");
    LeadWorkers.OfferMade offer = workers.pickPartner(leadId, 0, List.of(40), "P2D");
    assertThat(offer.offeredPartnerId()).isEqualTo(worker);
    workers.recordAcceptance(offer.offerId());
    // The worker goes quiet and the lead is taken back, while two more partners came to cover Turin.
    followUps.reclaim(leadId, offer.offerId());
    cover(rival, turin, Set.of("core-platform"), 10);
    cover(neutral, turin, Set.of("core-platform"), 10);

    LeadWorkers.CandidatesFound next = workers.findCandidates(leadId, 1, "OPEN_LEAD");

    assertThat(next.candidates()).extracting(CandidateRules.Candidate::partnerId).containsExactly(neutral);
    assertThat(candidates.findByLeadIdAndRoundOrderByPartnerId(leadId, 2))
        .filteredOn(c -> c.getPartnerId() == rival)
        .extracting(LeadCandidate::getExcludedReason)
        .containsExactly("COMPETITOR_OF_HOLDER");
    assertThatThrownBy(() -> competitors.set(worker, Set.of(worker), "manager")).isInstanceOf(InvalidCompetitors.class);
    assertThatThrownBy(() -> competitors.set(worker, Set.of(999_999L), "manager")).isInstanceOf(InvalidCompetitors.class);
    assertThat(competitors.of(worker)).as("a refused list changes nothing").containsExactly(rival);
  }

  @Test
  void anAcceptedOfferMakesThePartnerTheLeadsOwnerAndALaterAnswerIsRefused() {
    Territory porto = territory("PT", "4");
    long partner = activePartner("GOLD");
    cover(partner, porto, Set.of("core-platform"), 10);
    long leadId = intake.receive(submission("Porto Lda", "porto.example", "PT", "4000")).leadId();
    workers.findCandidates(leadId, 0, "OPEN_LEAD");
    LeadWorkers.OfferMade offer = workers.pickPartner(leadId, 0, List.of(30), "P2D");

    workers.recordAcceptance(offer.offerId());
    workers.recordAcceptance(offer.offerId());

    assertThat(leads.require(leadId).getStatus()).isEqualTo(LeadStatus.ACCEPTED);
    assertThat(leads.require(leadId).getPartnerId()).isEqualTo(partner);
    assertThatThrownBy(() -> workers.expireOffer(offer.offerId())).isInstanceOf(OfferNotOpen.class);
    verify(distribution, never()).start(leadId);
  }

  @Test
  void thePartnerSeesItsOfferMaskedUntilItOpensItAndALeadAssignedToItAsAccepted() {
    Territory madrid = territory("ES", "28");
    long partner = activePartner("SILVER");
    long rival = activePartner("SILVER");
    cover(partner, madrid, Set.of("core-platform"), 10);
    long offeredLead = intake.receive(submission("Madrid SL", "madrid.example", "ES", "28001")).leadId();
    long ownedLead = intake.receive(submission("Owned SL", "owned.example", "ES", "28001")).leadId();
    workers.findCandidates(offeredLead, 0, "OPEN_LEAD");
    LeadWorkers.OfferMade offer = workers.pickPartner(offeredLead, 0, List.of(30), "P2D");
    workers.assignToOwner(ownedLead, partner, "INCUMBENT_PARTNER");
    workers.assignToOwner(ownedLead, partner, "INCUMBENT_PARTNER");

    List<OfferedLead> listed = partnerLeads.offeredTo(partner, org.springframework.data.domain.PageRequest.of(0, 10)).getContent();
    assertThat(listed).extracting(OfferedLead::leadId).containsExactly(ownedLead, offeredLead);
    assertThat(listed).allMatch(OfferedLead::masked).allMatch(l -> l.companyName() == null && l.contactEmail() == null);
    assertThat(listed.get(0).assigned()).isTrue();
    assertThat(listed.get(0).offerStatus()).isEqualTo(OfferStatus.ACCEPTED);
    assertThatThrownBy(() -> partnerLeads.open(offeredLead, rival)).isInstanceOf(LeadNotFound.class);
    assertThatThrownBy(() -> partnerLeads.accept(offeredLead, rival)).isInstanceOf(LeadNotFound.class);

    OfferedLead opened = partnerLeads.open(offeredLead, partner);
    assertThat(opened.masked()).isFalse();
    assertThat(opened.companyName()).isEqualTo("Madrid SL");
    assertThat(partnerLeads.open(ownedLead, partner).contactEmail()).isEqualTo("carla@owned.example");
    assertThat(offers.findById(offer.offerId()).orElseThrow().getOpenedAt()).isEqualTo(NOW);
    partnerLeads.decline(offeredLead, partner, DeclineReason.SPAM);
    verify(messages).publish("lead-offer-declined", String.valueOf(offer.offerId()), "lead-offer-answer:" + offer.offerId(),
        java.util.Map.of("declineReason", "SPAM"));
    assertThatThrownBy(() -> partnerLeads.accept(ownedLead, partner)).as("an assignment is no offer to answer").isInstanceOf(LeadNotFound.class);
  }

  private Territory territory(String country, String prefix) {
    return territories.create(
        new TerritoryDefinition("T" + NAMES.incrementAndGet(), List.of(new TerritoryDefinition.AreaDefinition(country, prefix))));
  }

  private void cover(long partner, Territory territory, Set<String> products, int capacity) {
    territories.defineCoverage(partner, new CoverageDefinition(Set.of(territory.getId()), products, capacity));
  }

  private static Partner partner() {
    int n = NAMES.incrementAndGet();
    return new Partner("Partner " + n, PartnerType.RESELLER, "DE", "p" + n + ".example", "Ada", "ada@p" + n + ".example", BigDecimal.TEN, 3, NOW);
  }

  private long activePartner(String tier) {
    Partner partner = partner();
    for (Stage stage : List.of(Stage.ONBOARD, Stage.ENABLE, Stage.CERTIFY, Stage.ACTIVE)) {
      partner.enterStage(stage, NOW);
    }
    partner.changeTier(tier, NOW);
    return partners.saveAndFlush(partner).getId();
  }

  static LeadSubmission submission(String company, String domain, String country, String postcode) {
    return new LeadSubmission(
        company, domain, country, postcode, "core-platform", "Carla Contact", "carla@" + domain.replace("https://www.", "").replace("/", ""),
        "webinar", null);
  }
}
