package org.partnerengine.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.exception.BpmnError;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerengine.onboarding.AgreementRefused.Reason;
import org.partnerengine.tasks.TaskInbox;

class CountersignatureWorkersTest {

  private final PartnerAgreements agreements = mock(PartnerAgreements.class);
  private final TaskInbox inbox = mock(TaskInbox.class);
  private final CountersignatureWorkers workers = new CountersignatureWorkers(agreements, inbox);

  @Test
  void countersignsInTheNameOfTheManagerWhoCompletedTheTask() {
    when(inbox.completedBy(11L, "Task_CountersignAgreement")).thenReturn(Optional.of("max"));

    workers.record(7L, " Max Mustermann ", "Head of Partners", 11L);

    verify(agreements).countersign(7L, new Signer("Max Mustermann", "Head of Partners"), "max");
  }

  @Test
  void aJobDeliveredAgainAfterTheCountersignatureFindsItDoneAndCompletes() {
    when(inbox.completedBy(11L, "Task_CountersignAgreement")).thenReturn(Optional.of("max"));
    when(agreements.countersign(eq(7L), any(), eq("max")))
        .thenThrow(new AgreementRefused(Reason.ALREADY_COUNTERSIGNED, "The agreement was countersigned already"));

    workers.record(7L, "Max", "Head", 11L);
  }

  @Test
  void theManagerWhoSignedForThePartnerIsABusinessOutcomeTheModelCatches() {
    when(inbox.completedBy(11L, "Task_CountersignAgreement")).thenReturn(Optional.of("mia"));
    when(agreements.countersign(eq(7L), any(), eq("mia")))
        .thenThrow(new AgreementRefused(Reason.SAME_PERSON, "The countersignature must come from someone other than the signer"));

    assertThatThrownBy(() -> workers.record(7L, "Mia", "Manager", 11L))
        .isInstanceOfSatisfying(BpmnError.class, e -> assertThat(e.getErrorCode()).isEqualTo("COUNTERSIGNER_IS_SIGNER"));
  }

  @Test
  void nothingIsToBeCountersignedWithoutAStoredSignatureOrAPartner() {
    when(agreements.signature(7L)).thenThrow(new AgreementRefused(Reason.NOT_SIGNED, "not signed here"));

    assertThat(workers.find(7L).signatureStored()).isFalse();
    assertThat(workers.find(null).signatureStored()).isFalse();
  }
}
