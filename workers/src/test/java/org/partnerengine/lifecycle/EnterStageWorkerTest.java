package org.partnerengine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.JobError;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.partnerengine.WorkerFixtures;
import org.partnerengine.partner.PartnerEvent;
import org.partnerengine.partner.PartnerEvents;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.partnerengine.partner.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@DatabaseTest
@Import({EnterStageWorker.class, PartnerHistory.class, WorkerFixtures.class})
class EnterStageWorkerTest {

  @Autowired EnterStageWorker worker;
  @Autowired Partners partners;
  @Autowired PartnerEvents events;

  @Test
  void movesThePartnerToTheStageTheModelNamesAndWritesItsHistory() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    worker.enterStage(partnerId, Map.of("stage", "ONBOARD"), 100L);

    assertThat(partners.require(partnerId).getStage()).isEqualTo(Stage.ONBOARD);
    assertThat(events.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId))
        .extracting(PartnerEvent::getType, PartnerEvent::getStage, PartnerEvent::getDetail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("STAGE_ENTERED", Stage.ONBOARD, "ONBOARD"));
  }

  @Test
  void aJobDeliveredTwiceWritesOneHistoryRow() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    worker.enterStage(partnerId, Map.of("stage", "ONBOARD"), 100L);
    worker.enterStage(partnerId, Map.of("stage", "ONBOARD"), 100L);

    assertThat(events.countByPartnerIdAndType(partnerId, "STAGE_ENTERED")).isEqualTo(1);
  }

  @Test
  void aSecondPassThroughTheSameStageIsASecondRow() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();
    for (String stage : new String[] {"ONBOARD", "ENABLE", "CERTIFY", "ACTIVE"}) {
      worker.enterStage(partnerId, Map.of("stage", stage), stage.hashCode());
    }

    worker.enterStage(partnerId, Map.of("stage", "CERTIFY"), 200L);
    worker.enterStage(partnerId, Map.of("stage", "ACTIVE"), 201L);

    assertThat(events.countByPartnerIdAndType(partnerId, "STAGE_ENTERED")).isEqualTo(6);
  }

  @Test
  void anIllegalMoveFailsTheJobForGoodAndChangesNothing() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    assertThatThrownBy(() -> worker.enterStage(partnerId, Map.of("stage", "ACTIVE"), 100L))
        .isInstanceOfSatisfying(JobError.class, e -> assertThat(e.getRetries()).isZero())
        .hasMessageContaining("RECRUIT to ACTIVE");
    assertThat(partners.require(partnerId).getStage()).isEqualTo(Stage.RECRUIT);
    assertThat(events.countByPartnerIdAndType(partnerId, "STAGE_ENTERED")).isZero();
  }

  @Test
  void anUnknownStageHeaderFailsTheJobForGood() {
    long partnerId = partners.saveAndFlush(WorkerFixtures.applicant()).getId();

    assertThatThrownBy(() -> worker.enterStage(partnerId, Map.of("stage", "DORMANT"), 100L))
        .isInstanceOf(JobError.class)
        .hasMessageContaining("DORMANT");
  }
}
