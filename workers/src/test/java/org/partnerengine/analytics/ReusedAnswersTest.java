package org.partnerengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReusedAnswersTest {

  final AtomicInteger computed = new AtomicInteger();

  @Test
  void anAnswerIsReusedWhileItsVersionStaysAndRecomputedWhenItChanges() {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ofMinutes(1));

    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
    assertThat(answers.get("other", 1L, computed::incrementAndGet)).isEqualTo(2);
    assertThat(answers.get("k", 2L, computed::incrementAndGet)).isEqualTo(3);
  }

  @Test
  void anAnswerOlderThanTheMaximumAgeIsRecomputedBehindTheRequestThatNoticedIt() {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ZERO);

    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
    assertThat(answers.get("k", 1L, computed::incrementAndGet)).as("the aged answer, at once").isEqualTo(1);

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(answers.get("k", 1L, () -> 0)).isGreaterThan(1));
  }

  @Test
  void callersThatArriveDuringAComputationWaitForIt() throws Exception {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ofMinutes(1));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    List<Future<Integer>> results = new ArrayList<>();
    results.add(
        callers.submit(
            () -> answers.get("k", 1L, () -> {
              started.countDown();
              awaitRelease(release);
              return computed.incrementAndGet();
            })));
    started.await();
    for (int i = 0; i < 5; i++) {
      results.add(callers.submit(() -> answers.get("k", 1L, computed::incrementAndGet)));
    }
    release.countDown();

    for (Future<Integer> result : results) {
      assertThat(result.get()).isEqualTo(1);
    }
    assertThat(computed).hasValue(1);
    callers.shutdown();
  }

  @Test
  void whileAnAgedAnswerIsComputedAgainEveryRequestKeepsThePreviousOne() {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ZERO);
    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger refreshes = new AtomicInteger();
    Supplier<Integer> slowRefresh = () -> {
      refreshes.incrementAndGet();
      awaitRelease(release);
      return computed.incrementAndGet();
    };

    assertThat(answers.get("k", 1L, slowRefresh)).as("the request that starts the refresh").isEqualTo(1);
    assertThat(answers.get("k", 1L, slowRefresh)).as("a request during the refresh").isEqualTo(1);
    release.countDown();

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(answers.get("k", 1L, slowRefresh)).isEqualTo(2));
    assertThat(refreshes).as("one refresh at a time").hasValueLessThanOrEqualTo(2);
    assertThat(answers.get("k", 2L, computed::incrementAndGet)).as("a new version waits for its answer").isGreaterThan(2);
  }

  @Test
  void aFailedRefreshKeepsThePreviousAnswer() {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ZERO);
    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
    AtomicInteger failures = new AtomicInteger();

    for (int i = 0; i < 3; i++) {
      assertThat(answers.get("k", 1L, () -> {
        failures.incrementAndGet();
        throw new IllegalStateException("database away");
      })).isEqualTo(1);
    }

    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(failures).hasPositiveValue());
    assertThat(answers.get("k", 1L, () -> 7)).as("still the previous answer").isEqualTo(1);
  }

  @Test
  void aFailedComputationIsNotReused() {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ofMinutes(1));

    try {
      answers.get("k", 1L, () -> {
        throw new IllegalStateException("database away");
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("database away");
    }

    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
  }

  private static void awaitRelease(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
