package org.partnerengine.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import java.util.Map;
import org.partnerengine.DatabaseTest;
import org.partnerengine.MovingClock;
import org.partnerengine.tasks.UserTaskOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.partnerengine.engine.DecisionEvaluator;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.engine.MessagePublisher;
import org.partnerengine.engine.ProcessStarter;
import org.partnerengine.notification.NotificationOutbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Submitting a version: stored first, started once, and a sent-back draft resumes its own instance. */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ContentLibrary.class, ContentPublication.class, ContentInstances.class, OrphanContentSubmissions.class, ContentWorkers.class, ContentAudienceRule.class, NotificationOutbox.class, ContentPublicationTest.Settings.class})
class ContentPublicationTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Settings {
    @Bean
    MovingClock clock() {
      return new MovingClock(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Bean
    ContentSettings contentSettings() {
      return new ContentSettings("database", null, DataSize.ofMegabytes(1), Duration.ofDays(180), Duration.ofDays(14));
    }

    @Bean
    ContentStorage contentStorage(JdbcTemplate jdbc) {
      return new DatabaseContentStorage(jdbc);
    }
  }

  @MockitoBean ProcessStarter engine;
  @MockitoBean MessagePublisher messages;
  @MockitoBean DecisionEvaluator decisions;

  @Autowired ContentLibrary library;
  @Autowired ContentPublication publication;
  @Autowired ContentWorkers workers;
  @Autowired ContentVersions versions;
  @Autowired OrphanContentSubmissions orphans;
  @Autowired MovingClock clock;
  @Autowired ApplicationEventPublisher events;

  private static final Duration GRACE = Duration.ofMinutes(2);

  @Test
  void aSubmissionTheEngineDidNotTakeIsStartedOnceByTheSweepAfterTheGrace() {
    long assetId = linkedAsset();
    when(engine.start(anyString(), eq(ContentPublication.BPMN_PROCESS_ID), anyMap()))
        .thenThrow(new EngineUnavailable("start the review", new RuntimeException("down")))
        .thenReturn(4711L);

    ContentVersion submitted = publication.submit(assetId);

    assertThat(versions.require(submitted.getId()).getStatus()).isEqualTo(ContentStatus.IN_REVIEW);
    assertThat(versions.require(submitted.getId()).getProcessInstanceKey()).isNull();
    assertThatThrownBy(() -> publication.submit(assetId)).isInstanceOf(ContentNotReady.class);
    assertThat(orphans.sweep(GRACE)).isZero();

    clock.move(GRACE.plusSeconds(1));
    orphans.sweep(GRACE);
    orphans.sweep(GRACE);

    assertThat(versions.require(submitted.getId()).getProcessInstanceKey()).isEqualTo(4711L);
    verify(engine, times(2)).start(anyString(), eq(ContentPublication.BPMN_PROCESS_ID), anyMap());
  }

  @Test
  void theReviewTaskReachingTheInboxBindsAVersionWhoseStartAnswerWasLost() {
    long assetId = linkedAsset();
    when(engine.start(anyString(), eq(ContentPublication.BPMN_PROCESS_ID), anyMap()))
        .thenThrow(new EngineUnavailable("start the review", new RuntimeException("no answer"), true));
    long versionId = publication.submit(assetId).getId();

    events.publishEvent(new UserTaskOpened(ContentPublication.BPMN_PROCESS_ID, 4713L, Map.of("contentVersionId", versionId)));
    clock.move(GRACE.plusSeconds(1));

    assertThat(orphans.sweep(GRACE)).isZero();
    assertThat(versions.require(versionId).getProcessInstanceKey()).isEqualTo(4713L);
    verify(engine, times(1)).start(anyString(), anyString(), anyMap());
  }

  @Test
  void aDraftSentBackIsResubmittedByMessageToItsOwnInstance() {
    long assetId = linkedAsset();
    when(engine.start(anyString(), eq(ContentPublication.BPMN_PROCESS_ID), anyMap())).thenReturn(4712L);
    when(messages.publish(any())).thenReturn(true);
    long versionId = publication.submit(assetId).getId();
    workers.sendBack(versionId, "outdated");

    publication.submit(assetId);

    ArgumentCaptor<MessagePublisher.Message> message = ArgumentCaptor.forClass(MessagePublisher.Message.class);
    verify(messages).publish(message.capture());
    assertThat(message.getValue().name()).isEqualTo("content-resubmitted");
    assertThat(message.getValue().correlationKey()).isEqualTo(String.valueOf(versionId));
    assertThat(versions.require(versionId).getStatus()).isEqualTo(ContentStatus.IN_REVIEW);
    verify(engine, times(1)).start(anyString(), anyString(), anyMap());
  }

  @Test
  void aVersionWithNeitherFileNorLinkIsNotSubmitted() {
    long assetId =
        library.create(new ContentDescription("Empty", null, ContentKind.OTHER, "en", new ContentAudience(List.of(), null, List.of(), null)), "pm").getId();

    assertThatThrownBy(() -> publication.submit(assetId)).isInstanceOf(ContentNotReady.class);
    verify(engine, never()).start(anyString(), anyString(), anyMap());
  }

  private long linkedAsset() {
    long assetId =
        library.create(new ContentDescription("Deck", null, ContentKind.SALES_DECK, "en", new ContentAudience(List.of(), null, List.of(), null)), "pm").getId();
    library.link(assetId, "https://cdn.example.com/deck", "pm");
    return assetId;
  }
}
