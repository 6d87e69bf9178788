package org.partnerengine.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
  void anAnswerOlderThanTheMaximumAgeIsRecomputed() {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ZERO);

    answers.get("k", 1L, computed::incrementAndGet);
    answers.get("k", 1L, computed::incrementAndGet);

    assertThat(computed).hasValue(2);
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
              await(release);
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
  void whileAnAgedAnswerIsComputedAgainTheOthersKeepThePreviousOne() throws Exception {
    ReusedAnswers<String, Integer> answers = new ReusedAnswers<>(Duration.ZERO);
    assertThat(answers.get("k", 1L, computed::incrementAndGet)).isEqualTo(1);
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    Future<Integer> refreshing =
        callers.submit(
            () -> answers.get("k", 1L, () -> {
              started.countDown();
              await(release);
              return computed.incrementAndGet();
            }));
    started.await();

    assertThat(answers.get("k", 1L, computed::incrementAndGet)).as("the previous answer, at once").isEqualTo(1);
    release.countDown();
    assertThat(refreshing.get()).isEqualTo(2);
    assertThat(answers.get("k", 2L, computed::incrementAndGet)).as("a new version waits for its answer").isEqualTo(3);
    callers.shutdown();
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

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
