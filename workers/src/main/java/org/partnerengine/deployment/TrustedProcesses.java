package org.partnerengine.deployment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The process definitions the product vouches for: the bundled processes as deployed at startup
 * and approved versions of them. A process id with any trusted version is a business process;
 * every other process is a designer's sandbox. Trust is never withdrawn, so a key once found
 * trusted is remembered in memory; the table makes every app instance agree.
 */
@Service
public class TrustedProcesses {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Set<Long> knownTrusted = ConcurrentHashMap.newKeySet();

  public TrustedProcesses(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Trusts one deployed process version; trusting it again changes nothing. */
  public void trust(long processDefinitionKey, String bpmnProcessId, int version) {
    if (!isTrusted(processDefinitionKey)) {
      try {
        jdbc.update(
            "insert into trusted_process (process_definition_key, bpmn_process_id, version, trusted_at) values (?, ?, ?, ?)",
            processDefinitionKey, bpmnProcessId, version, Timestamp.from(clock.instant()));
      } catch (DuplicateKeyException alreadyTrusted) {
        // another app instance trusted it first
      }
    }
    knownTrusted.add(processDefinitionKey);
  }

  /** Trusts every process version of a deployment. */
  public void trust(DeploymentResult deployment) {
    deployment.processes().forEach(p -> trust(p.key(), p.id(), p.version()));
  }

  public boolean isTrusted(long processDefinitionKey) {
    if (knownTrusted.contains(processDefinitionKey)) {
      return true;
    }
    Integer found =
        jdbc.queryForObject("select count(*) from trusted_process where process_definition_key = ?", Integer.class, processDefinitionKey);
    if (found != null && found > 0) {
      knownTrusted.add(processDefinitionKey);
      return true;
    }
    return false;
  }

  /** A business process: one of the product's own process ids, not a designer's experiment. */
  public boolean isBusinessProcess(String bpmnProcessId) {
    Integer found = jdbc.queryForObject("select count(*) from trusted_process where bpmn_process_id = ?", Integer.class, bpmnProcessId);
    return found != null && found > 0;
  }
}
