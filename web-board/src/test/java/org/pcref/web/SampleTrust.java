package org.pcref.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.pcref.core.round.Confirmation;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.Round;
import org.pcref.core.round.RoundAnswer;
import org.pcref.core.round.RoundStore;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Person;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.Workspace;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/**
 * A small trust in one Entra tenant: Ward 1 East (lead Alice, member Bob) with a year of ratings,
 * the Crisis Team (lead Carol) rated once long ago, and a team never rated.
 */
final class SampleTrust {

  static final Instant NOW = Instant.parse("2026-11-15T10:00:00Z");
  static final String TENANT = "tid-trust";
  static final Workspace WORKSPACE = new Workspace("teams", TENANT);
  static final String ALICE = "oid-alice";
  static final String BOB = "oid-bob";
  static final String CAROL = "oid-carol";
  static final String DAVE = "oid-dave";
  static final String WARD = "team-ward";
  static final String CRISIS = "team-crisis";
  static final String NEW = "team-new";
  static final String TOWER_HAMLETS = "Tower Hamlets";
  static final String NEWHAM = "Newham";
  static final String ROUND_NOTE = "A round note nobody outside the round sees";
  static final String SECRET_NOTE = "Bob's evidence: interpreters booked for every admission";

  private SampleTrust() {}

  static InMemoryTeamStore store(Framework framework) {
    InMemoryTeamStore store = new InMemoryTeamStore();
    Instant start = NOW.minus(400, ChronoUnit.DAYS);
    store.save(
        team(WARD, "Ward 1 East", start)
            .with(new Person(ALICE, "Alice Adams", Role.LEAD))
            .with(new Person(BOB, "Bob Brown", Role.MEMBER))
            .inDirectorate(TOWER_HAMLETS));
    store.save(
        team(CRISIS, "Crisis Team", start)
            .with(new Person(CAROL, "Carol Cole", Role.LEAD))
            .inDirectorate(NEWHAM));
    store.save(team(NEW, "New Community Team", NOW.minus(10, ChronoUnit.DAYS)));
    List<Competency> cs = framework.competencies();
    int n = 0;
    for (int i = 0; i < cs.size(); i++) {
      String c = cs.get(i).id();
      store.record(
          rating(
              ++n,
              WARD,
              c,
              TeamLevel.DEVELOPING,
              "",
              ALICE,
              "Alice Adams",
              start.plus(30 + i, ChronoUnit.DAYS)));
      if (i % 2 == 0) {
        store.record(
            rating(
                ++n,
                WARD,
                c,
                TeamLevel.GOOD,
                i == 0 ? SECRET_NOTE : "",
                BOB,
                "Bob Brown",
                NOW.minus(20 + i, ChronoUnit.DAYS)));
      }
      if (i < 3) {
        store.record(
            rating(
                ++n,
                CRISIS,
                c,
                i == 0 ? TeamLevel.OUTSTANDING : TeamLevel.NOT_YET_DEVELOPING,
                "",
                CAROL,
                "Carol Cole",
                start.plus(60, ChronoUnit.DAYS)));
      }
    }
    return store;
  }

  /**
   * Ward 1 East's rounds: one closed a month ago, with four answers on the first competency
   * (confirmed Good) and one on the second (too few to show), and one open now.
   */
  static RoundStore rounds(Framework framework) {
    InMemoryRoundStore rounds = new InMemoryRoundStore();
    String first = framework.competencies().get(0).id();
    String second = framework.competencies().get(1).id();
    Instant opened = NOW.minus(35, ChronoUnit.DAYS);
    Round round =
        new Round(
            "round-1",
            WARD,
            List.of(first, second),
            ALICE,
            "Alice Adams",
            opened,
            opened.plus(3, ChronoUnit.DAYS),
            false,
            "C-ward",
            null,
            null,
            null);
    rounds.open(round);
    TeamLevel[] given = {
      TeamLevel.DEVELOPING, TeamLevel.GOOD, TeamLevel.GOOD, TeamLevel.OUTSTANDING
    };
    for (int i = 0; i < given.length; i++) {
      rounds.answer(
          new RoundAnswer(
              "round-1", "p" + i, "Person " + i, first, given[i], ROUND_NOTE, List.of(), opened));
    }
    rounds.answer(
        new RoundAnswer(
            "round-1", "p0", "Person 0", second, TeamLevel.GOOD, "", List.of(), opened));
    rounds.close("round-1", opened.plus(3, ChronoUnit.DAYS), Round.Closing.TIME_UP);
    rounds.confirm(
        new Confirmation(
            "round-1",
            first,
            TeamLevel.GOOD,
            "",
            ALICE,
            "Alice Adams",
            opened.plus(4, ChronoUnit.DAYS)));
    rounds.open(
        new Round(
            "round-2",
            WARD,
            List.of(second),
            ALICE,
            "Alice Adams",
            NOW.minus(1, ChronoUnit.DAYS),
            NOW.plus(2, ChronoUnit.DAYS),
            false,
            "C-ward",
            null,
            null,
            null));
    return rounds;
  }

  private static Team team(String id, String name, Instant created) {
    return new Team(id, WORKSPACE, name, Map.of(), List.of(), created);
  }

  private static Rating rating(
      int n,
      String team,
      String c,
      TeamLevel level,
      String note,
      String by,
      String byName,
      Instant at) {
    return new Rating("r" + n, team, c, level, note, by, byName, at, "checkin-" + n);
  }
}
