package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.team.Person;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;

/**
 * What every {@link TeamStore} must do: run against each database, and against the core's in-memory
 * store, so that the store the core's tests use behaves as the real ones do.
 */
abstract class TeamStoreContract {

  static final Workspace SLACK = new Workspace("slack", "T001");
  static final Workspace TEAMS = new Workspace("teams", "tenant-1");
  static final Instant CREATED = Instant.parse("2026-03-02T09:15:30.123456Z");

  TeamStore store;
  private ExecutorService threads;

  /** A store holding no teams and no ratings, for one test. */
  abstract TeamStore emptyStore();

  /**
   * Another store on the same data, as a second instance of the bot has: on a database, a store of
   * its own on the same tables; in memory, the same store.
   */
  abstract TeamStore anotherInstance();

  @BeforeEach
  void openStore() {
    store = emptyStore();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void findsASavedTeamByIdWithItsPeopleInOrder() {
    Team team =
        team(
            "t1",
            "Ward B",
            List.of("C1"),
            person("U9", "Zoe", Role.LEAD),
            person("U1", "Amir", Role.MEMBER),
            person("U5", "Bea", Role.LEAD));

    store.save(team);

    Team found = store.find("t1").orElseThrow();
    assertThat(found).isEqualTo(team);
    assertThat(found.people().keySet()).containsExactly("U9", "U1", "U5");
    assertThat(found.leads()).extracting(Person::name).containsExactly("Zoe", "Bea");
  }

  @Test
  void findsNothingForAnUnknownTeam() {
    assertThat(store.find("nope")).isEmpty();
    assertThat(store.findByChannel(SLACK, "C1")).isEmpty();
    assertThat(store.findByName(SLACK, "Ward B")).isEmpty();
    assertThat(store.findByPerson(SLACK, "U1")).isEmpty();
  }

  @Test
  void findsATeamByItsChannelOnlyInItsOwnWorkspace() {
    Team team = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    store.save(team);

    assertThat(store.findByChannel(SLACK, "C1")).contains(team);
    assertThat(store.findByChannel(TEAMS, "C1")).isEmpty();
    assertThat(store.findByChannel(new Workspace("slack", "T002"), "C1")).isEmpty();
  }

  @Test
  void sameChannelIdInAnotherWorkspaceIsAnotherChannel() {
    Team slack = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    Team teams = new Team("t2", TEAMS, "Ward B", Map.of(), List.of("C1"), CREATED);

    store.save(slack);
    store.save(teams);

    assertThat(store.findByChannel(SLACK, "C1")).contains(slack);
    assertThat(store.findByChannel(TEAMS, "C1")).contains(teams);
  }

  @Test
  void findsATeamByNameIgnoringCaseWithinItsWorkspace() {
    Team team = team("t1", "Ward B Acute", List.of("C1"), person("U1", "Amir", Role.LEAD));
    store.save(team);

    assertThat(store.findByName(SLACK, "ward b ACUTE")).contains(team);
    assertThat(store.findByName(SLACK, "Ward B")).isEmpty();
    assertThat(store.findByName(TEAMS, "Ward B Acute")).isEmpty();
  }

  @Test
  void findsARenamedTeamByItsNewNameOnly() {
    Team team = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    store.save(team);

    store.save(team.named("Oak Ward"));

    assertThat(store.findByName(SLACK, "oak ward")).map(Team::id).contains("t1");
    assertThat(store.findByName(SLACK, "Ward B")).isEmpty();
    assertThat(store.find("t1").orElseThrow().name()).isEqualTo("Oak Ward");
    assertThat(store.find("t1").orElseThrow().createdAt()).isEqualTo(CREATED);
  }

  @Test
  void shouldKeepATeamsDirectorateUntilItIsChangedOrCleared() {
    Team team = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    store.save(team);
    assertThat(store.find("t1").orElseThrow().directorate()).isEmpty();

    store.save(team.inDirectorate("Tower Hamlets"));
    TeamStore other = anotherInstance();
    assertThat(other.find("t1").orElseThrow().directorate()).contains("Tower Hamlets");
    assertThat(other.findByChannel(SLACK, "C1").orElseThrow().directorate())
        .contains("Tower Hamlets");
    assertThat(other.findByPerson(SLACK, "U1"))
        .extracting(Team::directorate)
        .first()
        .isEqualTo(java.util.Optional.of("Tower Hamlets"));

    Team renamed = other.find("t1").orElseThrow().named("Oak Ward");
    other.save(renamed);
    assertThat(store.find("t1").orElseThrow().directorate()).contains("Tower Hamlets");

    store.save(renamed.inDirectorate("  "));
    assertThat(other.find("t1").orElseThrow().directorate()).isEmpty();
  }

  @Test
  void findsThePersonsTeamsAsLeadOrMemberOrderedByName() {
    store.save(team("t1", "Willow Ward", List.of("C1"), person("U1", "Amir", Role.MEMBER)));
    store.save(team("t2", "Ash Ward", List.of("C2"), person("U1", "Amir", Role.LEAD)));
    store.save(team("t3", "Elm Ward", List.of("C3"), person("U2", "Bea", Role.LEAD)));
    store.save(
        new Team(
            "t4",
            TEAMS,
            "Birch Ward",
            Map.of("U1", person("U1", "Amir", Role.LEAD)),
            List.of(),
            CREATED));

    assertThat(store.findByPerson(SLACK, "U1"))
        .extracting(Team::name)
        .containsExactly("Ash Ward", "Willow Ward");
    assertThat(store.findByPerson(TEAMS, "U1"))
        .extracting(Team::name)
        .containsExactly("Birch Ward");
  }

  @Test
  void listsThePersonsTeamsOfTheSameNameInIdOrder() {
    store.save(team("t9", "Ward B", List.of("C9"), person("U1", "Amir", Role.LEAD)));
    store.save(team("t11", "Ward B", List.of("C11"), person("U1", "Amir", Role.MEMBER)));
    store.save(team("t10", "Ward B", List.of("C10"), person("U1", "Amir", Role.MEMBER)));

    assertThat(store.findByPerson(SLACK, "U1"))
        .extracting(Team::id)
        .containsExactly("t10", "t11", "t9");
  }

  @Test
  void findsTheTeamCreatedFirstWhenTwoShareAName() {
    Team newer = new Team("t1", SLACK, "Ward B", Map.of(), List.of("C1"), CREATED.plusSeconds(60));
    Team older = new Team("t2", SLACK, "WARD B", Map.of(), List.of("C2"), CREATED);
    store.save(newer);
    store.save(older);

    assertThat(store.findByName(SLACK, "ward b")).contains(older);
  }

  @Test
  void keepsRoleChangesAndLeavesRemovedPeopleOutOfTheirTeams() {
    Team team =
        team(
            "t1",
            "Ward B",
            List.of("C1"),
            person("U1", "Amir", Role.LEAD),
            person("U2", "Bea", Role.MEMBER));
    store.save(team);

    store.save(team.with(person("U2", "Bea", Role.REMOVED)).with(person("U3", "Cal", Role.LEAD)));

    Team found = store.find("t1").orElseThrow();
    assertThat(found.wasRemoved("U2")).isTrue();
    assertThat(found.isLead("U3")).isTrue();
    assertThat(store.findByPerson(SLACK, "U2")).isEmpty();
    assertThat(store.findByPerson(SLACK, "U3")).extracting(Team::id).containsExactly("t1");
  }

  @Test
  void refusesASecondTeamOnALinkedChannelAndLeavesTheFirstUnchanged() {
    Team first = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    store.save(first);
    Team second = team("t2", "Ward B too", List.of("C9", "C1"), person("U2", "Bea", Role.LEAD));

    assertThatThrownBy(() -> store.save(second))
        .isInstanceOf(TeamStore.ChannelTaken.class)
        .hasMessageContaining("C1");

    assertThat(store.findByChannel(SLACK, "C1")).contains(first);
    assertThat(store.find("t2")).isEmpty();
    assertThat(store.findByChannel(SLACK, "C9")).isEmpty();
    assertThat(store.findByPerson(SLACK, "U2")).isEmpty();
  }

  @Test
  void refusesAnExistingTeamLinkingAnotherTeamsChannelAndKeepsItAsItWas() {
    Team first = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    Team second = team("t2", "Ward C", List.of("C2"), person("U2", "Bea", Role.LEAD));
    store.save(first);
    store.save(second);

    assertThatThrownBy(() -> store.save(second.named("Renamed").linking("C1")))
        .isInstanceOf(TeamStore.ChannelTaken.class);

    assertThat(store.find("t2")).contains(second);
    assertThat(store.findByChannel(SLACK, "C1")).contains(first);
  }

  @Test
  void findsATeamByEachChannelItLinks() {
    Team team = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    store.save(team);
    assertThat(store.findByChannel(SLACK, "C2")).isEmpty();

    Team linked = team.linking("C2");
    store.save(linked);

    assertThat(store.findByChannel(SLACK, "C1")).contains(linked);
    assertThat(store.findByChannel(SLACK, "C2")).contains(linked);
    assertThat(linked.channels()).containsExactly("C1", "C2");
  }

  @Test
  void savingATeamAgainUnchangedIsNoClash() {
    Team team = team("t1", "Ward B", List.of("C2", "C1"), person("U1", "Amir", Role.LEAD));
    store.save(team);
    store.save(team);

    assertThat(store.find("t1")).contains(team);
  }

  @Test
  void seesTeamChangesMadeByAnotherInstance() {
    Team team = team("t1", "Ward B", List.of("C1"), person("U1", "Amir", Role.LEAD));
    TeamStore other = anotherInstance();
    store.save(team);
    assertThat(store.findByChannel(SLACK, "C1")).contains(team);

    other.save(team.named("Oak Ward").with(person("U2", "Bea", Role.MEMBER)));

    assertThat(store.findByChannel(SLACK, "C1").orElseThrow().name()).isEqualTo("Oak Ward");
    assertThat(store.findByPerson(SLACK, "U2")).extracting(Team::id).containsExactly("t1");
  }

  @Test
  void returnsRatingsInTheOrderRecordedNotByTime() {
    Rating later =
        rating("r1", "t1", "co-production", TeamLevel.GOOD, Instant.parse("2026-05-01T10:00:00Z"));
    Rating earlier =
        rating(
            "r2",
            "t1",
            "co-production",
            TeamLevel.DEVELOPING,
            Instant.parse("2026-04-01T10:00:00Z"));
    Rating third =
        rating(
            "r0",
            "t1",
            "co-learning",
            TeamLevel.OUTSTANDING,
            Instant.parse("2026-04-15T10:00:00Z"));

    store.record(later);
    store.record(earlier);
    store.record(third);

    assertThat(store.ratings("t1")).containsExactly(later, earlier, third);
  }

  @Test
  void keepsEveryFieldOfARatingIncludingEmptyNoteAndCorrection() {
    Rating correction =
        new Rating(
            "r1",
            "t1",
            "co-learning",
            TeamLevel.NOT_YET_DEVELOPING,
            "",
            "U1",
            "Amir",
            Instant.parse("2026-05-01T10:00:00.654321Z"),
            "");
    Rating noted =
        new Rating(
            "r2",
            "t1",
            "co-learning",
            TeamLevel.GOOD,
            "Audit done — see “minutes”",
            "U2",
            "Bea",
            Instant.parse("2026-05-02T10:00:00Z"),
            "check-in-7");

    store.record(correction);
    store.record(noted);

    List<Rating> ratings = store.ratings("t1");
    assertThat(ratings).containsExactly(correction, noted);
    assertThat(ratings.get(0).isCorrection()).isTrue();
  }

  @Test
  void recordsARatingWithTheSameIdOnceTheLastGivenInItsPlace() {
    Rating first =
        rating("r1", "t1", "co-production", TeamLevel.GOOD, Instant.parse("2026-05-01T10:00:00Z"));
    Rating replay =
        rating(
            "r1",
            "t1",
            "co-production",
            TeamLevel.OUTSTANDING,
            Instant.parse("2026-05-01T10:00:05Z"));

    Rating next =
        rating("r2", "t1", "workforce", TeamLevel.GOOD, Instant.parse("2026-05-01T10:00:09Z"));

    store.record(first);
    store.record(next);
    store.record(replay);

    assertThat(store.ratings("t1")).containsExactly(replay, next);
  }

  @Test
  void keepsTwoTeamsRatingsApart() {
    Rating ours =
        rating("r1", "t1", "co-production", TeamLevel.GOOD, Instant.parse("2026-05-01T10:00:00Z"));
    Rating theirs =
        rating(
            "r2",
            "t2",
            "co-production",
            TeamLevel.DEVELOPING,
            Instant.parse("2026-05-01T10:00:00Z"));

    store.record(ours);
    store.record(theirs);

    assertThat(store.ratings("t1")).containsExactly(ours);
    assertThat(store.ratings("t2")).containsExactly(theirs);
    assertThat(store.ratings("t3")).isEmpty();
  }

  @Test
  void keepsEveryRatingTwoThreadsRecordAtOnce() throws Exception {
    Instant at = Instant.parse("2026-05-01T10:00:00Z");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (String thread : List.of("a", "b")) {
      done.add(
          threads.submit(
              () -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                  store.record(
                      rating(thread + i, "t1", "co-production", TeamLevel.GOOD, at.plusSeconds(i)));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(30, TimeUnit.SECONDS);
    }

    List<Rating> ratings = store.ratings("t1");
    assertThat(ratings).hasSize(100);
    assertThat(ratings).extracting(Rating::id).doesNotHaveDuplicates();
    // Each thread's own ratings stay in the order it recorded them.
    assertThat(ratings.stream().filter(r -> r.id().startsWith("a")).map(Rating::at).toList())
        .isSorted();
    assertThat(ratings.stream().filter(r -> r.id().startsWith("b")).map(Rating::at).toList())
        .isSorted();
  }

  @Test
  void letsExactlyOneOfTwoNewTeamsRacingForAChannelHaveIt() throws Exception {
    TeamStore elsewhere = anotherInstance();
    for (int round = 0; round < 5; round++) {
      String channel = "C-race-" + round;
      Team mine = team("mine-" + round, "Mine", List.of(channel), person("U1", "Amir", Role.LEAD));
      Team theirs =
          team("theirs-" + round, "Theirs", List.of(channel), person("U2", "Bea", Role.LEAD));
      CountDownLatch start = new CountDownLatch(1);
      Future<Boolean> first = threads.submit(saving(store, mine, start));
      Future<Boolean> second = threads.submit(saving(elsewhere, theirs, start));
      start.countDown();
      boolean mineWon = first.get(30, TimeUnit.SECONDS);
      boolean theirsWon = second.get(30, TimeUnit.SECONDS);

      assertThat(mineWon).as("round %d: exactly one wins", round).isNotEqualTo(theirsWon);
      Team winner = mineWon ? mine : theirs;
      Team loser = mineWon ? theirs : mine;
      assertThat(store.findByChannel(SLACK, channel)).contains(winner);
      assertThat(elsewhere.findByChannel(SLACK, channel)).contains(winner);
      assertThat(store.find(loser.id())).isEmpty();
    }
  }

  private static Callable<Boolean> saving(TeamStore store, Team team, CountDownLatch start) {
    return () -> {
      start.await();
      try {
        store.save(team);
        return true;
      } catch (TeamStore.ChannelTaken taken) {
        return false;
      }
    };
  }

  static Team team(String id, String name, List<String> channels, Person... people) {
    Map<String, Person> byId = new LinkedHashMap<>();
    for (Person person : people) {
      byId.put(person.id(), person);
    }
    return new Team(id, SLACK, name, byId, channels, CREATED);
  }

  static Person person(String id, String name, Role role) {
    return new Person(id, name, role);
  }

  static Rating rating(String id, String teamId, String competencyId, TeamLevel level, Instant at) {
    return new Rating(
        id, teamId, competencyId, level, "note " + id, "U1", "Amir", at, "check-in-1");
  }
}
