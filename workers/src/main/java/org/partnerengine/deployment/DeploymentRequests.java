package org.partnerengine.deployment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on the product's processes: a new version of one, sent through the API, is stored
 * as a request and deployed (and trusted) only when someone other than the requester approves
 * it. A rejected request deploys nothing.
 */
@Service
public class DeploymentRequests {

  private final JdbcTemplate jdbc;
  private final Deployments deployments;
  private final TrustedProcesses trusted;
  private final Clock clock;

  public DeploymentRequests(JdbcTemplate jdbc, Deployments deployments, TrustedProcesses trusted, Clock clock) {
    this.jdbc = jdbc;
    this.deployments = deployments;
    this.trusted = trusted;
    this.clock = clock;
  }

  /** Stores the files as one request waiting for a second person. */
  @Transactional
  public DeploymentRequest request(List<DeploymentResource> resources, List<String> processIds, String requestedBy) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var insert =
              connection.prepareStatement(
                  "insert into deployment_request (process_ids, requested_by, requested_at, status) values (?, ?, ?, 'PENDING')",
                  new String[] {"id"});
          insert.setString(1, String.join(",", processIds));
          insert.setString(2, requestedBy);
          insert.setTimestamp(3, Timestamp.from(clock.instant()));
          return insert;
        },
        key);
    long id = key.getKey().longValue();
    for (DeploymentResource resource : resources) {
      jdbc.update("insert into deployment_request_file (request_id, name, content) values (?, ?, ?)", id, resource.name(), resource.content());
    }
    return find(id);
  }

  public DeploymentRequest find(long id) {
    List<DeploymentRequest> found = jdbc.query("select * from deployment_request where id = ?", this::row, id);
    if (found.isEmpty()) {
      throw new DeploymentRequestNotFound("No deployment request " + id);
    }
    return found.get(0);
  }

  /** Newest first. */
  public List<DeploymentRequest> list(int page, int size) {
    return jdbc.query("select * from deployment_request order by id desc limit ? offset ?", this::row, size, (long) page * size);
  }

  public long count() {
    Long count = jdbc.queryForObject("select count(*) from deployment_request", Long.class);
    return count == null ? 0 : count;
  }

  /** Deploys the request's files and trusts the versions they make; only someone else may approve. */
  public DeploymentResult approve(long id, String approver) {
    decide(id, approver, DeploymentRequest.Status.APPROVED);
    List<DeploymentResource> resources =
        jdbc.query(
            "select name, content from deployment_request_file where request_id = ? order by name",
            (rs, i) -> new DeploymentResource(rs.getString("name"), rs.getBytes("content")),
            id);
    DeploymentResult result;
    try {
      result = deployments.deploy(resources);
    } catch (RuntimeException e) {
      // not deployed: the request waits again
      jdbc.update("update deployment_request set status = 'PENDING', decided_by = null, decided_at = null where id = ?", id);
      throw e;
    }
    trusted.trust(result);
    jdbc.update("update deployment_request set deployment_key = ? where id = ?", result.deploymentKey(), id);
    return result;
  }

  /** Closes the request; nothing is deployed. */
  public DeploymentRequest reject(long id, String rejecter) {
    decide(id, rejecter, DeploymentRequest.Status.REJECTED);
    return find(id);
  }

  private void decide(long id, String by, DeploymentRequest.Status status) {
    DeploymentRequest request = find(id);
    if (request.status() != DeploymentRequest.Status.PENDING) {
      throw new DeploymentRequestDecided("Deployment request " + id + " is already " + request.status());
    }
    if (request.requestedBy().equals(by)) {
      throw new OwnDeploymentRequest("Deployment request " + id + " was asked for by " + by + "; a second person decides it");
    }
    int claimed =
        jdbc.update(
            "update deployment_request set status = ?, decided_by = ?, decided_at = ? where id = ? and status = 'PENDING'",
            status.name(), by, Timestamp.from(clock.instant()), id);
    if (claimed == 0) {
      throw new DeploymentRequestDecided("Deployment request " + id + " was decided meanwhile");
    }
  }

  private DeploymentRequest row(ResultSet rs, int i) throws SQLException {
    long id = rs.getLong("id");
    List<String> files =
        jdbc.queryForList("select name from deployment_request_file where request_id = ? order by name", String.class, id);
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    long deploymentKey = rs.getLong("deployment_key");
    Long key = rs.wasNull() ? null : deploymentKey;
    return new DeploymentRequest(
        id,
        Arrays.asList(rs.getString("process_ids").split(",")),
        files,
        rs.getString("requested_by"),
        rs.getTimestamp("requested_at").toInstant(),
        DeploymentRequest.Status.valueOf(rs.getString("status")),
        rs.getString("decided_by"),
        decidedAt == null ? null : decidedAt.toInstant(),
        key);
  }
}
