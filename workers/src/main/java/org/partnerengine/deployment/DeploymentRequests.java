package org.partnerengine.deployment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on the product's processes: a new version of one, sent through the API, is stored
 * as a request and deployed (and trusted) only when someone other than the requester approves
 * it, through the API or in the inbox. A rejected request deploys nothing. Whoever decides, the
 * request records who and when, and {@link DeploymentRequestClosed} tells the inbox's side.
 */
@Service
public class DeploymentRequests {

  private static final int MAX_REASON = 1000;
  private static final int MAX_REFUSAL = 2000;

  private final JdbcTemplate jdbc;
  private final Deployments deployments;
  private final TrustedProcesses trusted;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public DeploymentRequests(
      JdbcTemplate jdbc, Deployments deployments, TrustedProcesses trusted, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.deployments = deployments;
    this.trusted = trusted;
    this.events = events;
    this.clock = clock;
  }

  /** Stores the files as one request waiting for a second person. */
  @Transactional
  public DeploymentRequest request(List<DeploymentResource> resources, List<String> processIds, String requestedBy) {
    String summary = summary(resources, processIds);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var insert =
              connection.prepareStatement(
                  "insert into deployment_request (process_ids, requested_by, requested_at, status, summary) values (?, ?, ?, 'PENDING', ?)",
                  new String[] {"id"});
          insert.setString(1, String.join(",", processIds));
          insert.setString(2, requestedBy);
          insert.setTimestamp(3, Timestamp.from(clock.instant()));
          insert.setString(4, truncate(summary, MAX_REFUSAL));
          return insert;
        },
        key);
    long id = key.getKey().longValue();
    for (DeploymentResource resource : resources) {
      jdbc.update("insert into deployment_request_file (request_id, name, content) values (?, ?, ?)", id, resource.name(), resource.content());
    }
    events.publishEvent(new DeploymentRequested(id));
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

  /** The waiting requests, oldest first. */
  public List<Long> pendingIds(int limit) {
    return jdbc.queryForList("select id from deployment_request where status = 'PENDING' order by id limit ?", Long.class, limit);
  }

  public DeploymentResult approve(long id, String approver) {
    return approve(id, approver, null);
  }

  /** Deploys the request's files and trusts the versions they make; only someone else may approve. */
  public DeploymentResult approve(long id, String approver, String reason) {
    decide(id, approver, DeploymentRequest.Status.APPROVED, reason);
    DeploymentResult result = deployAndTrust(id);
    events.publishEvent(new DeploymentRequestClosed(id, DeploymentRequest.Status.APPROVED));
    return result;
  }

  public DeploymentRequest reject(long id, String rejecter) {
    return reject(id, rejecter, null);
  }

  /** Closes the request; nothing is deployed. */
  public DeploymentRequest reject(long id, String rejecter, String reason) {
    decide(id, rejecter, DeploymentRequest.Status.REJECTED, reason);
    events.publishEvent(new DeploymentRequestClosed(id, DeploymentRequest.Status.REJECTED));
    return find(id);
  }

  /**
   * The decision taken in the inbox. Safe to repeat: a request this person already decided is
   * not decided again (an approval whose deployment was cut short is deployed again; the engine
   * answers files it has with the versions it made, so nothing is deployed twice), and a request
   * someone else decided meanwhile stays as they decided it.
   *
   * @return the request as it stands now
   * @throws InvalidDeployment the engine refused the approved files; the request waits again
   */
  public DeploymentRequest decideInInbox(long id, String decider, boolean approve, String reason) {
    DeploymentRequest request = find(id);
    if (request.status() == DeploymentRequest.Status.PENDING) {
      try {
        if (approve) {
          approve(id, decider, reason);
        } else {
          reject(id, decider, reason);
        }
      } catch (DeploymentRequestDecided decidedMeanwhile) {
        // the API's approve or reject came first: that decision stands
      }
    } else if (request.status() == DeploymentRequest.Status.APPROVED
        && request.deploymentKey() == null
        && decider.equals(request.decidedBy())) {
      deployAndTrust(id);
      events.publishEvent(new DeploymentRequestClosed(id, DeploymentRequest.Status.APPROVED));
    }
    return find(id);
  }

  private DeploymentResult deployAndTrust(long id) {
    List<DeploymentResource> resources =
        jdbc.query(
            "select name, content from deployment_request_file where request_id = ? order by name",
            (rs, i) -> new DeploymentResource(rs.getString("name"), rs.getBytes("content")),
            id);
    DeploymentResult result;
    try {
      result = deployments.deploy(resources);
    } catch (InvalidDeployment refused) {
      // not deployed: the request waits again, with the engine's reason for whoever decides next
      jdbc.update(
          "update deployment_request set status = 'PENDING', decided_by = null, decided_at = null, decision_reason = null, refusal = ? where id = ?",
          truncate(refused.getMessage(), MAX_REFUSAL), id);
      throw refused;
    } catch (RuntimeException e) {
      jdbc.update(
          "update deployment_request set status = 'PENDING', decided_by = null, decided_at = null, decision_reason = null where id = ?", id);
      throw e;
    }
    trusted.trust(result);
    jdbc.update("update deployment_request set deployment_key = ?, refusal = null where id = ?", result.deploymentKey(), id);
    return result;
  }

  private void decide(long id, String by, DeploymentRequest.Status status, String reason) {
    DeploymentRequest request = find(id);
    if (request.status() != DeploymentRequest.Status.PENDING) {
      throw new DeploymentRequestDecided("Deployment request " + id + " is already " + request.status());
    }
    if (request.requestedBy().equals(by)) {
      throw new OwnDeploymentRequest("Deployment request " + id + " was asked for by " + by + "; a second person decides it");
    }
    int claimed =
        jdbc.update(
            "update deployment_request set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ? and status = 'PENDING'",
            status.name(), by, Timestamp.from(clock.instant()), truncate(reason, MAX_REASON), id);
    if (claimed == 0) {
      throw new DeploymentRequestDecided("Deployment request " + id + " was decided meanwhile");
    }
  }

  /** One sentence for whoever decides: which processes change, from which files, and what approval does. */
  private String summary(List<DeploymentResource> resources, List<String> processIds) {
    String versions =
        processIds.stream()
            .map(
                processId ->
                    deployments.process(processId, null)
                        .map(p -> processId + " (now version " + p.version() + ")")
                        .orElse(processId))
            .collect(Collectors.joining(", "));
    String files = resources.stream().map(DeploymentResource::name).sorted().collect(Collectors.joining(", "));
    return "A new version of " + versions + " from " + files
        + ". Approved, the new version takes every new instance and its jobs run; running instances keep their version.";
  }

  private static String truncate(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
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
        key,
        rs.getString("summary"),
        rs.getString("decision_reason"),
        rs.getString("refusal"));
  }
}
