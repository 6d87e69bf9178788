package org.partnerengine.instances;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.ElementInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partnerengine.tasks.TaskInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On a remote cluster the app sees no record stream, so it asks the cluster's search API which
 * user task elements ended lately, oldest first, and takes their tasks out of the inbox: a
 * boundary event or the end of the instance cancels a task; a completion the app did not make
 * (Camunda Tasklist) closes it as completed elsewhere. It follows from the oldest open task on,
 * so what ended while every app instance was down is found too. Without a search API (a bare
 * gateway) it does nothing, and such tasks stay open until someone tries to complete them (409).
 */
@Component
@ConditionalOnProperty(name = "partner-engine.engine.mode", havingValue = "remote")
class RemoteUserTaskSync {

  private static final Logger log = LoggerFactory.getLogger(RemoteUserTaskSync.class);
  static final int BATCH = 200;
  /** Search data lags the engine by the exporter's delay: look back this far from the last end seen. */
  private static final Duration EXPORT_LAG = Duration.ofSeconds(30);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient camunda;
  private final TaskInbox inbox;
  private final Clock clock;
  private OffsetDateTime since;

  RemoteUserTaskSync(CamundaClient camunda, TaskInbox inbox, Clock clock) {
    this.camunda = camunda;
    this.inbox = inbox;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${partner-engine.tasks.remote-sync-interval:PT5S}",
      fixedDelayString = "${partner-engine.tasks.remote-sync-interval:PT5S}")
  synchronized void sync() {
    if (since == null) {
      since = inbox.oldestOpenTask().orElse(clock.instant()).atOffset(ZoneOffset.UTC).minus(EXPORT_LAG);
    }
    List<ElementInstance> ended;
    try {
      OffsetDateTime from = since;
      ended =
          camunda.newElementInstanceSearchRequest()
              .filter(f -> f.type(ElementInstanceType.USER_TASK).endDate(d -> d.gte(from)))
              .sort(s -> s.endDate().asc())
              .page(p -> p.limit(BATCH))
              .requestTimeout(REQUEST_TIMEOUT)
              .send()
              .join()
              .items();
    } catch (ClientException e) {
      log.debug("No ended user tasks from the cluster's search API: {}", e.getMessage());
      return;
    }
    apply(ended);
  }

  /** Closes the tasks of these ended elements and moves on past them, keeping a margin for late exports. */
  void apply(List<ElementInstance> ended) {
    List<Long> terminated = new ArrayList<>();
    List<Long> completed = new ArrayList<>();
    OffsetDateTime latest = null;
    for (ElementInstance element : ended) {
      if (element.getState() == ElementInstanceState.TERMINATED) {
        terminated.add(element.getElementInstanceKey());
      } else if (element.getState() == ElementInstanceState.COMPLETED) {
        completed.add(element.getElementInstanceKey());
      }
      if (element.getEndDate() != null && (latest == null || element.getEndDate().isAfter(latest))) {
        latest = element.getEndDate();
      }
    }
    inbox.elementsEnded(terminated, completed);
    if (latest != null && ended.size() < BATCH) {
      // A full batch may have more at the same instant: look from the same place again.
      OffsetDateTime next = latest.minus(EXPORT_LAG);
      if (since == null || next.isAfter(since)) {
        since = next;
      }
    } else if (latest != null) {
      since = latest;
    }
  }
}
