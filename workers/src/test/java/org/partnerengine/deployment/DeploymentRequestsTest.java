package org.partnerengine.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerengine.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The decision taken in the inbox: once per request, in the name of whoever completed the task. */
@DatabaseTest
@RecordApplicationEvents
@Import({DeploymentRequests.class, TrustedProcesses.class, DeploymentRequestsTest.FixedClock.class})
class DeploymentRequestsTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    }
  }

  private static final DeploymentResult DEPLOYED =
      new DeploymentResult(77L, List.of(new DeploymentResult.Item("partner-recruitment", 2, 78L, "partner-recruitment.bpmn")), List.of(), List.of());

  @MockitoBean Deployments deployments;
  @Autowired DeploymentRequests requests;
  @Autowired TrustedProcesses trusted;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  private long requestId;

  @BeforeEach
  void aPendingRequest() {
    requestId =
        requests.request(List.of(new DeploymentResource("partner-recruitment.bpmn", "<definitions/>".getBytes())), List.of("partner-recruitment"), "designer")
            .id();
    assertThat(events.stream(DeploymentRequested.class)).containsExactly(new DeploymentRequested(requestId));
  }

  @Test
  void anApprovalInTheInboxDeploysOnceAndRecordsWhoWhenAndWhy() {
    when(deployments.deploy(any())).thenReturn(DEPLOYED);

    DeploymentRequest first = requests.decideInInbox(requestId, "reviewer", true, "Reviewed the diff");
    DeploymentRequest again = requests.decideInInbox(requestId, "reviewer", true, "Reviewed the diff");

    assertThat(first.status()).isEqualTo(DeploymentRequest.Status.APPROVED);
    assertThat(first.decidedBy()).isEqualTo("reviewer");
    assertThat(first.decidedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(first.decisionReason()).isEqualTo("Reviewed the diff");
    assertThat(first.deploymentKey()).isEqualTo(77L);
    assertThat(again).isEqualTo(first);
    verify(deployments, times(1)).deploy(any());
    assertThat(trusted.isTrusted(78L)).isTrue();
    assertThat(events.stream(DeploymentRequestClosed.class))
        .containsExactly(new DeploymentRequestClosed(requestId, DeploymentRequest.Status.APPROVED));
  }

  @Test
  void anApprovalCutShortBeforeItsDeploymentIsDeployedWhenTheJobComesAgain() {
    when(deployments.deploy(any())).thenReturn(DEPLOYED);
    // the first delivery decided, then stopped before the deployment
    jdbc.update("update deployment_request set status = 'APPROVED', decided_by = 'reviewer', decided_at = ? where id = ?",
        java.sql.Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")), requestId);

    DeploymentRequest request = requests.decideInInbox(requestId, "reviewer", true, "Reviewed the diff");

    assertThat(request.deploymentKey()).isEqualTo(77L);
    verify(deployments, times(1)).deploy(any());
  }

  @Test
  void aRequestDecidedThroughTheApiFirstStaysAsDecidedThere() {
    requests.reject(requestId, "manager");

    DeploymentRequest request = requests.decideInInbox(requestId, "reviewer", true, "Looks fine");

    assertThat(request.status()).isEqualTo(DeploymentRequest.Status.REJECTED);
    assertThat(request.decidedBy()).isEqualTo("manager");
    verify(deployments, never()).deploy(any());
  }

  @Test
  void theRequesterCannotDecideItsOwnRequestInTheInboxEither() {
    assertThatThrownBy(() -> requests.decideInInbox(requestId, "designer", true, "Mine")).isInstanceOf(OwnDeploymentRequest.class);

    assertThat(requests.find(requestId).status()).isEqualTo(DeploymentRequest.Status.PENDING);
    verify(deployments, never()).deploy(any());
  }

  @Test
  void filesTheEngineRefusesLeaveTheRequestWaitingWithTheEnginesReason() {
    when(deployments.deploy(any())).thenThrow(new InvalidDeployment("Element 'Task_X' has no job type"));

    assertThatThrownBy(() -> requests.decideInInbox(requestId, "reviewer", true, "Looks fine")).isInstanceOf(InvalidDeployment.class);

    DeploymentRequest request = requests.find(requestId);
    assertThat(request.status()).isEqualTo(DeploymentRequest.Status.PENDING);
    assertThat(request.decidedBy()).isNull();
    assertThat(request.decisionReason()).isNull();
    assertThat(request.refusal()).isEqualTo("Element 'Task_X' has no job type");
    assertThat(events.stream(DeploymentRequestClosed.class)).isEmpty();
  }
}
