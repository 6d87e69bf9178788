package org.partnerengine.instances;

import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.RecordFollower;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.partnerengine.instances.ProcessInstanceView.IncidentView;
import org.partnerengine.instances.ProcessInstanceView.InstanceState;
import org.partnerengine.tasks.TaskInbox;
import org.partnerengine.tasks.UserTaskWorker;
import org.partnerengine.paging.PageView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Instances on the embedded engine, folded from the engine's records as they arrive. The engine
 * keeps no history of its own (its log is trimmed behind this follower), so this projection is
 * the history, and it is kept small: names are shared, and an ended instance keeps only what the
 * API shows of it. The records are followed in the background, so the log can be trimmed while
 * nobody reads, and again on each read, so a read sees everything written before it.
 *
 * <p>The same records tell the inbox when the engine cancels a user task's job (a boundary timer
 * or message, or the end of the instance), so the task leaves the inbox within a follow interval.
 * A job cancelled while its worker was still filing the task has no task yet: the inbox is asked
 * about it again on every run until the task is there, for at most {@link #UNFILED_CANCEL_WINDOW}.
 */
@Component
@ConditionalOnProperty(name = "partner-engine.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedProcessInstances implements ProcessInstanceReader, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedProcessInstances.class);
  private static final long FOLLOW_INTERVAL_MS = 500;
  private static final int RECENT_VALUES = 4096;
  /** Far longer than a worker takes to file a task it was handed, even behind a backlog. */
  private static final Duration UNFILED_CANCEL_WINDOW = Duration.ofMinutes(10);

  private final RecordFollower records;
  private final TaskInbox inbox;
  /** Jobs of user tasks the engine cancelled, not yet handed to the inbox. */
  private final List<Long> canceledTaskJobs = new ArrayList<>();
  /** Cancelled user-task jobs the inbox has no task of yet, and until when (nano time) to ask again. */
  private final Map<Long, Long> unfiledCanceledJobs = new ConcurrentHashMap<>();
  private final ScheduledExecutorService follower =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("instance-records").daemon().factory());
  private final Object lock = new Object();
  private final Map<Long, Instance> instances = new TreeMap<>(Comparator.reverseOrder());

  /** Element ids, variable names and process ids come from a few models: one copy of each. */
  private final Map<String, String> names = new HashMap<>();

  /**
   * Variable values seen lately, shared: a called process gets copies of its parent's variables,
   * and flags and scores repeat. Bounded, because most values belong to one partner only.
   */
  private final Map<String, String> recentValues =
      new LinkedHashMap<>(RECENT_VALUES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > RECENT_VALUES;
        }
      };

  EmbeddedProcessInstances(LongRunningEngine engine, TaskInbox inbox) {
    this.records = engine.follow();
    this.inbox = inbox;
    follower.scheduleWithFixedDelay(this::followInBackground, FOLLOW_INTERVAL_MS, FOLLOW_INTERVAL_MS, TimeUnit.MILLISECONDS);
  }

  @Override
  public Optional<ProcessInstanceView> find(long processInstanceKey) {
    synchronized (lock) {
      catchUp();
      Instance instance = instances.get(processInstanceKey);
      return instance == null || instance.bpmnProcessId == null ? Optional.empty() : Optional.of(instance.view());
    }
  }

  @Override
  public PageView<ProcessInstanceView.Summary> list(Long partnerId, int page, int size) {
    synchronized (lock) {
      catchUp();
      List<ProcessInstanceView.Summary> matching = new ArrayList<>();
      for (Instance instance : instances.values()) {
        if (instance.bpmnProcessId != null && (partnerId == null || partnerId.equals(instance.partnerId))) {
          matching.add(instance.summary());
        }
      }
      return PageView.of(matching, page, size);
    }
  }

  /** Cancelled user-task jobs still waiting for their task to be filed. */
  int unfiledCanceledJobs() {
    return unfiledCanceledJobs.size();
  }

  @Override
  public void close() {
    follower.shutdownNow();
    records.close();
  }

  private void followInBackground() {
    try {
      List<Long> canceled;
      synchronized (lock) {
        catchUp();
        canceled = List.copyOf(canceledTaskJobs);
        canceledTaskJobs.clear();
      }
      long now = System.nanoTime();
      for (Long jobKey : canceled) {
        unfiledCanceledJobs.putIfAbsent(jobKey, now + UNFILED_CANCEL_WINDOW.toNanos());
      }
      if (!unfiledCanceledJobs.isEmpty()) {
        // Kept until the inbox answered: if it fails, the next run asks again.
        Set<Long> unfiled = inbox.jobsCanceled(List.copyOf(unfiledCanceledJobs.keySet()));
        unfiledCanceledJobs.keySet().retainAll(unfiled);
        unfiledCanceledJobs.values().removeIf(until -> now - until >= 0);
      }
      records.release();
    } catch (Exception e) {
      // An exception would end the schedule for good, and the log would grow again; the next
      // run continues after the record that failed. Exception, as Zeebe rethrows checked ones.
      log.warn("Following the engine's records failed", e);
    }
  }

  private void catchUp() {
    records.follow(this::apply);
  }

  private void apply(Record<?> record) {
    if (record.getRecordType() != RecordType.EVENT) {
      return;
    }
    switch (record.getValue()) {
      case ProcessInstanceRecordValue value -> applyElement(record, value);
      case IncidentRecordValue value -> applyIncident(record, value);
      case JobRecordValue value -> {
        if (record.getIntent() == JobIntent.CANCELED && UserTaskWorker.JOB_TYPE.equals(value.getType())) {
          canceledTaskJobs.add(record.getKey());
        }
      }
      case VariableRecordValue value -> {
        if (value.getScopeKey() == value.getProcessInstanceKey()
            && (record.getIntent() == VariableIntent.CREATED || record.getIntent() == VariableIntent.UPDATED)) {
          instance(value.getProcessInstanceKey()).putVariable(name(value.getName()), recentValue(value.getValue()));
        }
      }
      default -> {}
    }
  }

  private void applyElement(Record<?> record, ProcessInstanceRecordValue value) {
    Instance instance = instance(value.getProcessInstanceKey());
    if (value.getBpmnElementType() == BpmnElementType.PROCESS) {
      if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATING) {
        instance.bpmnProcessId = name(value.getBpmnProcessId());
        instance.version = value.getVersion();
        instance.state = InstanceState.ACTIVE;
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
        instance.end(InstanceState.COMPLETED);
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
        instance.end(InstanceState.TERMINATED);
      }
      return;
    }
    if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATING) {
      instance.activeElements().put(record.getKey(), name(value.getElementId()));
    } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
        || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
      instance.activeElements().remove(record.getKey());
      if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
        instance.complete(name(value.getElementId()));
      }
    } else if (record.getIntent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN) {
      instance.complete(name(value.getElementId()));
    }
  }

  private void applyIncident(Record<?> record, IncidentRecordValue value) {
    Instance instance = instance(value.getProcessInstanceKey());
    if (record.getIntent() == IncidentIntent.CREATED) {
      instance.incidents().put(
          record.getKey(),
          new IncidentView(
              record.getKey(), name(value.getElementId()), name(value.getErrorType().name()), value.getErrorMessage(), value.getJobKey()));
    } else if (record.getIntent() == IncidentIntent.RESOLVED) {
      instance.incidents().remove(record.getKey());
    }
  }

  private Instance instance(long key) {
    return instances.computeIfAbsent(key, Instance::new);
  }

  private String name(String name) {
    String shared = names.putIfAbsent(name, name);
    return shared == null ? name : shared;
  }

  private String recentValue(String json) {
    String shared = recentValues.putIfAbsent(json, json);
    return shared == null ? json : shared;
  }

  /**
   * One instance as the API shows it. What only a running instance needs (its active elements and
   * open incidents) is dropped when it ends and empty; variables are two sorted arrays, not a map,
   * because an ended instance keeps them for good.
   */
  private static final class Instance {
    private static final String[] NONE = {};

    final long key;
    String bpmnProcessId;
    int version;
    InstanceState state = InstanceState.ACTIVE;
    Long partnerId;
    private Map<Long, String> activeElements;
    private final ArrayList<String> completedElements = new ArrayList<>();
    private Map<Long, IncidentView> incidents;
    private String[] variableNames = NONE;
    private String[] variableValues = NONE;

    Instance(long key) {
      this.key = key;
    }

    Map<Long, String> activeElements() {
      if (activeElements == null) {
        activeElements = new LinkedHashMap<>();
      }
      return activeElements;
    }

    Map<Long, IncidentView> incidents() {
      if (incidents == null) {
        incidents = new LinkedHashMap<>();
      }
      return incidents;
    }

    /** Element ids are shared strings and few per instance, so a list beats a linked set. */
    void complete(String elementId) {
      if (!completedElements.contains(elementId)) {
        completedElements.add(elementId);
      }
    }

    void putVariable(String name, String json) {
      int at = Arrays.binarySearch(variableNames, name);
      if (at >= 0) {
        variableValues[at] = json;
      } else {
        int insert = -at - 1;
        variableNames = inserted(variableNames, insert, name);
        variableValues = inserted(variableValues, insert, json);
      }
      if (name.equals("partnerId")) {
        partnerId = ProcessInstanceView.variableValue(json) instanceof Number number ? number.longValue() : null;
      }
    }

    void end(InstanceState endState) {
      state = endState;
      if (activeElements != null && activeElements.isEmpty()) {
        activeElements = null;
      }
      if (incidents != null && incidents.isEmpty()) {
        incidents = null;
      }
      completedElements.trimToSize();
    }

    ProcessInstanceView view() {
      Map<String, Object> parsed = new LinkedHashMap<>();
      for (int i = 0; i < variableNames.length; i++) {
        parsed.put(variableNames[i], ProcessInstanceView.variableValue(variableValues[i]));
      }
      return new ProcessInstanceView(
          key,
          bpmnProcessId,
          version,
          state,
          activeElements == null ? List.of() : activeElements.values().stream().distinct().toList(),
          List.copyOf(completedElements),
          incidents == null ? List.of() : List.copyOf(incidents.values()),
          parsed);
    }

    ProcessInstanceView.Summary summary() {
      return new ProcessInstanceView.Summary(key, bpmnProcessId, version, state, partnerId, incidents == null ? 0 : incidents.size());
    }

    private static String[] inserted(String[] array, int at, String element) {
      String[] longer = new String[array.length + 1];
      System.arraycopy(array, 0, longer, 0, at);
      longer[at] = element;
      System.arraycopy(array, at, longer, at + 1, array.length - at);
      return longer;
    }
  }
}
