package org.partnerengine.deployment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The deployed forms, kept in the database by the engine's form key: a task's form is known to
 * every app instance and after a restart, not only to the instance that deployed it. The engine
 * gives a repeated deployment of the same form the same key, so storing it again changes nothing.
 * A form's key never changes its content, so found forms are cached for good.
 */
@Repository
public class FormStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final Map<Long, DeployedForm> cache = new ConcurrentHashMap<>();

  public FormStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the form once per key; a second store of the same key keeps the first. */
  public void store(DeployedForm form) {
    if (find(form.formKey()).isEmpty()) {
      try {
        jdbc.update(
            "insert into deployed_form (form_key, form_id, version, schema_json, stored_at) values (?, ?, ?, ?, ?)",
            form.formKey(),
            form.formId(),
            form.version(),
            form.json(),
            Timestamp.from(clock.instant()));
      } catch (DuplicateKeyException concurrentTwin) {
        // Another app instance stored the same deployment at the same moment: the engine gave both the same form.
      }
    }
    cache.put(form.formKey(), form);
  }

  public Optional<DeployedForm> find(long formKey) {
    DeployedForm cached = cache.get(formKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<DeployedForm> stored =
        jdbc.query(
                "select form_key, form_id, version, schema_json from deployed_form where form_key = ?",
                (rs, row) -> new DeployedForm(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)),
                formKey)
            .stream()
            .findFirst();
    stored.ifPresent(form -> cache.put(formKey, form));
    return stored;
  }

  /** Forgets what this instance has read, as a restart does; the database still has every form. */
  public void clearCache() {
    cache.clear();
  }
}
