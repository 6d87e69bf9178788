package org.partnerengine.deployment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The process versions deployed to a remote cluster, kept in the database by the engine's process
 * definition key, so that every app instance lists and reads the same versions, also after a
 * restart. The engine gives a repeated deployment of the same file the same key, so storing it
 * again changes nothing. Also remembers which set of bundled models has been deployed.
 */
@Repository
public class ProcessStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ProcessStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the version once per key; a second store of the same key keeps the first. */
  public void store(DeployedProcess process) {
    if (find(process.processDefinitionKey()).isPresent()) {
      return;
    }
    try {
      jdbc.update(
          "insert into deployed_process (process_definition_key, bpmn_process_id, version, resource_name, xml, stored_at)"
              + " values (?, ?, ?, ?, ?, ?)",
          process.processDefinitionKey(),
          process.bpmnProcessId(),
          process.version(),
          process.resourceName(),
          process.xml(),
          Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException concurrentTwin) {
      // Another app instance stored the same deployment at the same moment: the engine gave both the same key.
    }
  }

  public Optional<StoredProcess> find(long processDefinitionKey) {
    return jdbc.query(
            "select process_definition_key, bpmn_process_id, version, resource_name, xml from deployed_process"
                + " where process_definition_key = ?",
            ProcessStore::stored,
            processDefinitionKey)
        .stream()
        .findFirst();
  }

  /** Every stored version, by process id then version. */
  public List<StoredProcess> all() {
    return jdbc.query(
        "select process_definition_key, bpmn_process_id, version, resource_name, xml from deployed_process"
            + " order by bpmn_process_id, version",
        ProcessStore::stored);
  }

  /** Whether the bundled models with this checksum have been deployed to the cluster. */
  public boolean bundleDeployed(String checksum) {
    Integer found = jdbc.queryForObject("select count(*) from bundled_deployment where checksum = ?", Integer.class, checksum);
    return found != null && found > 0;
  }

  public void bundleDeployed(String checksum, long deploymentKey) {
    try {
      jdbc.update(
          "insert into bundled_deployment (checksum, deployment_key, deployed_at) values (?, ?, ?)",
          checksum,
          deploymentKey,
          Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException concurrentTwin) {
      // Another app instance deployed the same files at the same moment; the engine kept one version.
    }
  }

  private static StoredProcess stored(ResultSet rs, int row) throws SQLException {
    return new StoredProcess(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5));
  }

  /** A stored version, before its element names are read from the XML. */
  public record StoredProcess(long processDefinitionKey, String bpmnProcessId, int version, String resourceName, String xml) {}
}
