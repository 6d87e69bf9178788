package org.partnerengine.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a request once per Idempotency-Key: the first run claims the key (a unique row), does the
 * work and stores its answer; a replay with the same body gets the stored answer and starts
 * nothing. A different body under a used key is refused. If the first run fails, the key is
 * released so the client can try again.
 */
@Service
public class Replays {

  /** The answer of a request, as stored for replays. */
  public record Answer(int status, String body, String location) {}

  private final IdempotentRequests requests;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public Replays(IdempotentRequests requests, TransactionTemplate transaction, Clock clock) {
    this.requests = requests;
    this.transaction = transaction;
    this.clock = clock;
  }

  public Answer once(String endpoint, String key, String canonicalRequest, Supplier<Answer> work) {
    String hash = sha256(canonicalRequest);
    var earlier = transaction.execute(status -> requests.findByEndpointAndIdempotencyKey(endpoint, key));
    if (earlier != null && earlier.isPresent()) {
      return replay(earlier.get(), hash);
    }
    Long id;
    try {
      id = transaction.execute(status -> requests.saveAndFlush(new IdempotentRequest(endpoint, key, hash, clock.instant())).getId());
    } catch (DataIntegrityViolationException concurrentTwin) {
      throw new IdempotencyConflict("A request with this Idempotency-Key is still being processed", true);
    }
    Answer answer;
    try {
      answer = work.get();
    } catch (RuntimeException e) {
      transaction.executeWithoutResult(status -> requests.deleteById(id));
      throw e;
    }
    transaction.executeWithoutResult(
        status -> requests.findById(id).orElseThrow().answered(answer.status(), answer.body(), answer.location(), clock.instant()));
    return answer;
  }

  private static Answer replay(IdempotentRequest earlier, String hash) {
    if (!earlier.getRequestHash().equals(hash)) {
      throw new IdempotencyConflict("This Idempotency-Key was used with a different request body", false);
    }
    if (!earlier.isAnswered()) {
      throw new IdempotencyConflict("A request with this Idempotency-Key is still being processed", true);
    }
    return new Answer(earlier.getResponseStatus(), earlier.getResponseBody(), earlier.getResponseLocation());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
