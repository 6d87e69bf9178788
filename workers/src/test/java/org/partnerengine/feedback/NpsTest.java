package org.partnerengine.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NpsTest {

  @Test
  void threePromotersAndADetractorScoreFifty() {
    Nps nps = Nps.of(List.of(10, 9, 10, 4));

    assertThat(nps.score()).isEqualTo(50.0);
    assertThat(nps.promoters()).isEqualTo(3);
    assertThat(nps.passives()).isZero();
    assertThat(nps.detractors()).isEqualTo(1);
    // By hand: p = 0.75, d = 0.25, variance 0.75 + 0.25 - 0.5^2 = 0.75, standard error sqrt(0.75 / 4)
    // = 0.4330, margin 1.96 x 43.30 = 84.9 points: [-34.9, 134.9], cut to [-34.9, 100].
    assertThat(nps.low()).isEqualTo(-34.9);
    assertThat(nps.high()).isEqualTo(100.0);
  }

  @Test
  void theIntervalNarrowsWithMoreAnswers() {
    List<Integer> scores = new ArrayList<>();
    scores.addAll(Collections.nCopies(12, 10));
    scores.addAll(Collections.nCopies(5, 7));
    scores.addAll(Collections.nCopies(3, 2));

    Nps nps = Nps.of(scores);

    // p = 0.6, d = 0.15: NPS 45; variance 0.75 - 0.45^2 = 0.5475; margin 1.96 x sqrt(0.5475 / 20) = 32.4 points.
    assertThat(nps.score()).isEqualTo(45.0);
    assertThat(nps.low()).isCloseTo(12.6, within(0.05));
    assertThat(nps.high()).isCloseTo(77.4, within(0.05));
    assertThat(nps.passives()).isEqualTo(5);
  }

  @Test
  void sevenAndEightArePassiveAndSixIsADetractor() {
    assertThat(Nps.of(List.of(7, 8)).score()).isZero();
    assertThat(Nps.of(List.of(6)).score()).isEqualTo(-100.0);
    assertThat(Nps.isDetractor(6)).isTrue();
    assertThat(Nps.isDetractor(7)).isFalse();
    assertThat(Nps.of(List.of()).answers()).isZero();
  }
}
