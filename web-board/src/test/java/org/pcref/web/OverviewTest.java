package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pcref.core.picture.CurrentLevels;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.springframework.web.util.UriComponentsBuilder;

/** The overview's groups and pages: a page of teams at a time, counts over them all. */
class OverviewTest {

  private static final Framework FRAMEWORK = FrameworkLoader.bundled();
  private static final List<Competency> COMPETENCIES = FRAMEWORK.competencies();
  private static final String FIRST = COMPETENCIES.get(0).id();

  /** 150 teams in Acute (rated Good on the first competency), 100 in none (not rated). */
  private static List<CurrentLevels> trust() {
    List<CurrentLevels> teams = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      Team team =
          new Team(
                  "t" + i,
                  SampleTrust.WORKSPACE,
                  String.format("Team %03d", i),
                  Map.of(),
                  List.of(),
                  SampleTrust.NOW)
              .inDirectorate(i % 5 < 3 ? "Acute" : "");
      Map<String, Rating> levels =
          team.directorate().isPresent()
              ? Map.of(
                  FIRST,
                  new Rating(
                      "r" + i, team.id(), FIRST, TeamLevel.GOOD, "", "u", "U", Instant.EPOCH, ""))
              : Map.of();
      teams.add(new CurrentLevels(team, levels));
    }
    return teams;
  }

  private static Overview.Query page(int page) {
    return new Overview.Query(
        Optional.empty(), Optional.empty(), false, "name", false, Optional.empty(), page);
  }

  @Test
  void shouldShowAHundredTeamsAPageWithCountsOverEveryTeam() {
    Overview first = Overview.of(COMPETENCIES, trust(), Set.of(), page(1));

    assertThat(first.rows()).hasSize(Overview.PAGE_SIZE);
    assertThat(first.paging()).isEqualTo(new Overview.Paging(1, 3, 1, 100));
    assertThat(first.shown()).isEqualTo(250);
    assertThat(first.counts().get(FIRST)).containsEntry("GOOD", 150).containsEntry("UNRATED", 100);
    assertThat(first.groups())
        .extracting(Overview.Group::name, Overview.Group::teams, g -> g.rows().size())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Acute", 150, 100),
            org.assertj.core.groups.Tuple.tuple(Overview.NO_DIRECTORATE, 100, 0));
    assertThat(first.groups().get(0).counts().get(FIRST)).containsEntry("GOOD", 150);
  }

  @Test
  void shouldCarryADirectorateOverToTheNextPage() {
    Overview second = Overview.of(COMPETENCIES, trust(), Set.of(), page(2));

    assertThat(second.paging()).isEqualTo(new Overview.Paging(2, 3, 101, 200));
    assertThat(second.groups().get(0).continued()).isTrue();
    assertThat(second.groups().get(0).rows()).hasSize(50);
    assertThat(second.groups().get(1).continued()).isFalse();
    assertThat(second.groups().get(1).rows()).hasSize(50);
    assertThat(GridRows.html(second, Viewer.localViewer()))
        .contains("Acute: 150 teams (continued)", "No directorate: 100 teams</th>");
  }

  @Test
  void shouldGroupADirectorateWhateverTheCaseItWasTypedIn() {
    List<CurrentLevels> teams =
        List.of(
            new CurrentLevels(team("a", "Ash").inDirectorate("Tower Hamlets"), Map.of()),
            new CurrentLevels(team("b", "Beech").inDirectorate("tower hamlets"), Map.of()),
            new CurrentLevels(team("c", "Cedar").inDirectorate("Newham"), Map.of()));

    Overview overview = Overview.of(COMPETENCIES, teams, Set.of(), page(1));

    assertThat(overview.groups())
        .extracting(Overview.Group::name, Overview.Group::teams)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Newham", 1),
            org.assertj.core.groups.Tuple.tuple("Tower Hamlets", 2));
    assertThat(overview.directorates()).containsExactly("Newham", "Tower Hamlets");
  }

  private static Team team(String id, String name) {
    return new Team(id, SampleTrust.WORKSPACE, name, Map.of(), List.of(), SampleTrust.NOW);
  }

  @Test
  void shouldShowTheLastPageForAPagePastIt() {
    Overview past = Overview.of(COMPETENCIES, trust(), Set.of(), page(99));

    assertThat(past.paging()).isEqualTo(new Overview.Paging(3, 3, 201, 250));
  }

  @Test
  void shouldLinkEveryPageKeepingTheFilters() {
    Overview second = Overview.of(COMPETENCIES, trust(), Set.of(), page(2));
    Pages pages =
        Pages.of(
            second.paging(),
            UriComponentsBuilder.fromPath("/")
                .query("level=GOOD&directorate=Tower%20Hamlets&page=2"));

    assertThat(pages.previous()).isEqualTo("/?level=GOOD&directorate=Tower%20Hamlets&page=1");
    assertThat(pages.next()).isEqualTo("/?level=GOOD&directorate=Tower%20Hamlets&page=3");
    assertThat(pages.links())
        .extracting(Pages.Link::number, Pages.Link::current)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, false),
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(3, false));
  }
}
