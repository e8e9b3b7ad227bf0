package org.pcref.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;

/** A team's rounds for the board: counts only, once closed, and from the fewest answers shown. */
class RoundSummariesTest {

  private static final Framework PCREF = FrameworkLoader.bundled();
  private static final String FIRST = PCREF.competencies().get(0).id();
  private static final String SECOND = PCREF.competencies().get(1).id();
  private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");

  private final InMemoryRoundStore store = new InMemoryRoundStore();
  private final RoundSummaries summaries = new RoundSummaries(PCREF, store, RoundSettings.DEFAULTS);

  @Test
  void shouldShowAClosedRoundsSpreadWithoutNamesAndItsConfirmedLevel() {
    open("r1", true, FIRST, SECOND);
    answer("r1", "amir", FIRST, TeamLevel.GOOD);
    answer("r1", "bea", FIRST, TeamLevel.GOOD);
    answer("r1", "cai", FIRST, TeamLevel.DEVELOPING);
    answer("r1", "amir", SECOND, TeamLevel.OUTSTANDING);
    store.close("r1", OPENED.plus(Duration.ofDays(3)), Round.Closing.TIME_UP);
    Confirmation confirmed =
        new Confirmation("r1", FIRST, TeamLevel.GOOD, "", "amir", "Amir", OPENED.plusSeconds(1));
    store.confirm(confirmed);

    RoundSummaries.Summary summary = summaries.of("team-1").get(0);

    RoundSummaries.Line first = summary.lines().get(0);
    assertThat(first.answered()).isEqualTo(3);
    assertThat(first.spread().orElseThrow().count(TeamLevel.GOOD)).isEqualTo(2);
    assertThat(first.spread().orElseThrow().names()).isEmpty();
    assertThat(first.spread().orElseThrow().notes()).isEmpty();
    assertThat(first.confirmed()).contains(confirmed);
    RoundSummaries.Line second = summary.lines().get(1);
    assertThat(second.answered()).isEqualTo(1);
    assertThat(second.spread()).isEmpty();
    assertThat(second.confirmed()).isEmpty();
  }

  @Test
  void shouldKeepAnOpenRoundsSpreadHiddenUntilItCloses() {
    open("r1", false, FIRST);
    answer("r1", "amir", FIRST, TeamLevel.GOOD);
    answer("r1", "bea", FIRST, TeamLevel.GOOD);
    answer("r1", "cai", FIRST, TeamLevel.GOOD);

    assertThat(summaries.of("team-1"))
        .singleElement()
        .satisfies(s -> assertThat(s.lines().get(0).spread()).isEmpty())
        .satisfies(s -> assertThat(s.lines().get(0).answered()).isEqualTo(3));
    assertThat(summaries.of("another-team")).isEmpty();
  }

  private void open(String id, boolean names, String... competencies) {
    store.open(
        new Round(
            id,
            "team-1",
            List.of(competencies),
            "amir",
            "Amir",
            OPENED,
            OPENED.plus(Duration.ofDays(3)),
            names,
            "C1",
            null,
            null,
            null));
  }

  private void answer(String round, String person, String competency, TeamLevel level) {
    store.answer(
        new RoundAnswer(round, person, person, competency, level, "a note", List.of(), OPENED));
  }
}
