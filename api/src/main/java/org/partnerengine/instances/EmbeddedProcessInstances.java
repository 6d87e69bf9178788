package org.partnerengine.instances;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.partnerengine.instances.ProcessInstanceView.IncidentView;
import org.partnerengine.instances.ProcessInstanceView.InstanceState;
import org.partnerengine.web.PageView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Instances on the embedded engine, projected from the engine's record stream. The stream's
 * reader is not thread safe, so one lock guards reading it and the projection; each call folds
 * in only the records written since the last one.
 */
@Component
@ConditionalOnProperty(name = "partner-engine.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedProcessInstances implements ProcessInstanceReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ZeebeTestEngine engine;
  private final Object lock = new Object();
  private final Map<Long, Instance> instances = new TreeMap<>(Comparator.reverseOrder());
  private int recordsSeen;

  EmbeddedProcessInstances(ZeebeTestEngine engine) {
    this.engine = engine;
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
        if (instance.bpmnProcessId != null && (partnerId == null || partnerId.equals(instance.partnerId()))) {
          matching.add(instance.summary());
        }
      }
      return PageView.of(matching, page, size);
    }
  }

  private void catchUp() {
    Iterable<Record<?>> records = engine.getRecordStreamSource().getRecords();
    if (records instanceof List<Record<?>> list) {
      List<Record<?>> fresh = List.copyOf(list.subList(Math.min(recordsSeen, list.size()), list.size()));
      fresh.forEach(this::apply);
      recordsSeen += fresh.size();
      return;
    }
    int index = 0;
    for (Record<?> record : records) {
      if (index++ >= recordsSeen) {
        apply(record);
      }
    }
    recordsSeen = Math.max(recordsSeen, index);
  }

  private void apply(Record<?> record) {
    if (record.getRecordType() != RecordType.EVENT) {
      return;
    }
    switch (record.getValue()) {
      case ProcessInstanceRecordValue value -> applyElement(record, value);
      case IncidentRecordValue value -> applyIncident(record, value);
      case VariableRecordValue value -> {
        if (value.getScopeKey() == value.getProcessInstanceKey()
            && (record.getIntent() == VariableIntent.CREATED || record.getIntent() == VariableIntent.UPDATED)) {
          instance(value.getProcessInstanceKey()).variables.put(value.getName(), value.getValue());
        }
      }
      default -> {}
    }
  }

  private void applyElement(Record<?> record, ProcessInstanceRecordValue value) {
    Instance instance = instance(value.getProcessInstanceKey());
    if (value.getBpmnElementType() == BpmnElementType.PROCESS) {
      if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATING) {
        instance.bpmnProcessId = value.getBpmnProcessId();
        instance.version = value.getVersion();
        instance.state = InstanceState.ACTIVE;
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
        instance.state = InstanceState.COMPLETED;
      } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
        instance.state = InstanceState.TERMINATED;
      }
      return;
    }
    if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATING) {
      instance.activeElements.put(record.getKey(), value.getElementId());
    } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
        || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
      instance.activeElements.remove(record.getKey());
      if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
        instance.completedElements.add(value.getElementId());
      }
    } else if (record.getIntent() == ProcessInstanceIntent.SEQUENCE_FLOW_TAKEN) {
      instance.completedElements.add(value.getElementId());
    }
  }

  private void applyIncident(Record<?> record, IncidentRecordValue value) {
    Instance instance = instance(value.getProcessInstanceKey());
    if (record.getIntent() == IncidentIntent.CREATED) {
      instance.incidents.put(
          record.getKey(),
          new IncidentView(record.getKey(), value.getElementId(), value.getErrorType().name(), value.getErrorMessage(), value.getJobKey()));
    } else if (record.getIntent() == IncidentIntent.RESOLVED) {
      instance.incidents.remove(record.getKey());
    }
  }

  private Instance instance(long key) {
    return instances.computeIfAbsent(key, Instance::new);
  }

  private static final class Instance {
    final long key;
    String bpmnProcessId;
    int version;
    InstanceState state = InstanceState.ACTIVE;
    final Map<Long, String> activeElements = new LinkedHashMap<>();
    final Set<String> completedElements = new LinkedHashSet<>();
    final Map<Long, IncidentView> incidents = new LinkedHashMap<>();
    final Map<String, String> variables = new TreeMap<>();

    Instance(long key) {
      this.key = key;
    }

    Long partnerId() {
      Object value = parse(variables.get("partnerId"));
      return value instanceof Number number ? number.longValue() : null;
    }

    ProcessInstanceView view() {
      Map<String, Object> parsed = new LinkedHashMap<>();
      variables.forEach((name, json) -> parsed.put(name, parse(json)));
      return new ProcessInstanceView(
          key,
          bpmnProcessId,
          version,
          state,
          activeElements.values().stream().distinct().toList(),
          List.copyOf(completedElements),
          List.copyOf(incidents.values()),
          parsed);
    }

    ProcessInstanceView.Summary summary() {
      return new ProcessInstanceView.Summary(key, bpmnProcessId, version, state, partnerId(), incidents.size());
    }
  }

  static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, Object.class);
    } catch (Exception e) {
      return json;
    }
  }
}
