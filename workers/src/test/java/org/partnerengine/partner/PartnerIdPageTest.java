package org.partnerengine.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerIdPageTest {

  @Test
  void theOneIdBeyondAPageSaysThatMorePartnersFollowAndIsLeftForTheNextPage() {
    PartnerIdPage page = PartnerIdPage.of(List.of(3L, 5L, 8L), 2);

    assertThat(page).isEqualTo(new PartnerIdPage(List.of(3L, 5L), 5L, true));
  }

  @Test
  void aPageThatIsNotFullIsTheLast() {
    assertThat(PartnerIdPage.of(List.of(3L), 2)).isEqualTo(new PartnerIdPage(List.of(3L), 3L, false));
    assertThat(PartnerIdPage.of(List.of(3L, 5L), 2)).isEqualTo(new PartnerIdPage(List.of(3L, 5L), 5L, false));
  }

  @Test
  void anEmptyPageHasNoCursorAndNothingFollows() {
    assertThat(PartnerIdPage.of(List.of(), 2)).isEqualTo(new PartnerIdPage(List.of(), null, false));
  }

  @Test
  void noCursorStartsBeforeTheFirstPartner() {
    assertThat(PartnerIdPage.after(null)).isEqualTo(0L);
    assertThat(PartnerIdPage.after(41L)).isEqualTo(41L);
  }

  @Test
  void aLaterPageKeepsItsRunAndAFirstPageStartsANewOne() {
    assertThat(PartnerIdPage.runOf(40L, "2026-Q3", () -> "2026-Q4")).isEqualTo("2026-Q3");
    assertThat(PartnerIdPage.runOf(null, "2026-Q3", () -> "2026-Q4")).isEqualTo("2026-Q4");
    assertThat(PartnerIdPage.runOf(40L, null, () -> "2026-Q4")).as("a cursor without its run").isEqualTo("2026-Q4");
  }
}
