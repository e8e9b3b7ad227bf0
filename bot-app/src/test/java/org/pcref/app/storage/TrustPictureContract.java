package org.pcref.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pcref.core.picture.CurrentLevels;
import org.pcref.core.picture.InMemoryTrustPicture;
import org.pcref.core.picture.LevelCounts;
import org.pcref.core.picture.OverdueTeam;
import org.pcref.core.picture.TeamHistory;
import org.pcref.core.picture.TrustPicture;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Person;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Role;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;

/**
 * What every {@link TrustPicture} must answer, run against each database and the core's in-memory
 * picture: data is written through the {@link TeamStore} the picture reads, as the bot writes it.
 */
abstract class TrustPictureContract {

  static final Workspace SLACK = new Workspace("slack", "T001");
  static final Instant MARCH = Instant.parse("2026-03-01T09:00:00Z");
  static final String CO_PRODUCTION = "co-production";
  static final String CO_LEARNING = "co-learning";

  /** A team store and the picture read from the same data. */
  record Stores(TeamStore teams, TrustPicture picture) {}

  TeamStore teams;
  TrustPicture picture;
  private int ratings;

  /** A team store and a picture on data holding no teams, for one test. */
  abstract Stores emptyStores();

  @BeforeEach
  void openStores() {
    Stores stores = emptyStores();
    teams = stores.teams();
    picture = stores.picture();
  }

  @Test
  void showsNothingBeforeAnyTeamExists() {
    assertThat(picture.currentLevels()).isEmpty();
    assertThat(picture.history("t1")).isEmpty();
    assertThat(picture.overdue(MARCH, Duration.ofDays(90))).isEmpty();
    assertThat(picture.levelCounts(MARCH)).isEqualTo(new LevelCounts(MARCH, 0, Map.of()));
  }

  @Test
  void listsEveryTeamByNameWithTheLatestRatingOfEachCompetency() {
    Team willow = save("t1", "Willow Ward", MARCH, lead("U1", "Amir"));
    Team ash = save("t2", "Ash Ward", MARCH, lead("U2", "Bea"));
    Team elm = save("t3", "Elm Ward", MARCH);
    rate("t1", CO_PRODUCTION, TeamLevel.DEVELOPING, "2026-04-01T10:00:00Z");
    Rating good = rate("t1", CO_PRODUCTION, TeamLevel.GOOD, "2026-05-01T10:00:00Z");
    Rating learning = rate("t1", CO_LEARNING, TeamLevel.OUTSTANDING, "2026-04-15T10:00:00Z");
    Rating latestRecordedFirst = rate("t2", CO_PRODUCTION, TeamLevel.GOOD, "2026-06-01T10:00:00Z");
    rate("t2", CO_PRODUCTION, TeamLevel.NOT_YET_DEVELOPING, "2026-05-01T10:00:00Z");

    List<CurrentLevels> levels = picture.currentLevels();

    assertThat(levels)
        .containsExactly(
            new CurrentLevels(ash, Map.of(CO_PRODUCTION, latestRecordedFirst)),
            new CurrentLevels(elm, Map.of()),
            new CurrentLevels(willow, Map.of(CO_PRODUCTION, good, CO_LEARNING, learning)));
    assertThat(levels.get(2).of(CO_PRODUCTION).orElseThrow().byName()).isEqualTo("Amir");
    assertThat(levels.get(1).of(CO_PRODUCTION)).isEmpty();
  }

  @Test
  void shouldShowEachTeamInItsDirectorate() {
    Team willow = save("t1", "Willow Ward", MARCH, lead("U1", "Amir"));
    save("t2", "Ash Ward", MARCH);
    Team inTowerHamlets = willow.inDirectorate("Tower Hamlets");
    teams.save(inTowerHamlets);

    assertThat(picture.currentLevels())
        .extracting(l -> l.team().directorate())
        .containsExactly(java.util.Optional.empty(), java.util.Optional.of("Tower Hamlets"));
    assertThat(picture.history("t1").orElseThrow().team()).isEqualTo(inTowerHamlets);
  }

  @Test
  void takesTheRatingRecordedLastOfTwoGivenAtTheSameInstant() {
    save("t1", "Willow Ward", MARCH);
    rate("t1", CO_PRODUCTION, TeamLevel.OUTSTANDING, "2026-04-01T10:00:00Z");
    Rating second = rate("t1", CO_PRODUCTION, TeamLevel.DEVELOPING, "2026-04-01T10:00:00Z");

    assertThat(picture.currentLevels().get(0).of(CO_PRODUCTION)).contains(second);
    LevelCounts counts = picture.levelCounts(Instant.parse("2026-04-01T10:00:00Z"));
    assertThat(counts.count(CO_PRODUCTION, TeamLevel.DEVELOPING)).isEqualTo(1);
    assertThat(counts.count(CO_PRODUCTION, TeamLevel.OUTSTANDING)).isZero();
  }

  @Test
  void leavesOutRatingsOfATeamThatDoesNotExist() {
    save("t1", "Willow Ward", MARCH);
    rate("gone", CO_PRODUCTION, TeamLevel.GOOD, "2026-04-01T10:00:00Z");

    assertThat(picture.currentLevels())
        .singleElement()
        .satisfies(l -> assertThat(l.byCompetency()).isEmpty());
    assertThat(picture.levelCounts(Instant.parse("2026-05-01T00:00:00Z")).byCompetency()).isEmpty();
  }

  @Test
  void givesATeamWithItsPeopleAndEveryRatingInTheOrderRecorded() {
    Team willow =
        save("t1", "Willow Ward", MARCH, lead("U1", "Amir"), new Person("U2", "Bea", Role.MEMBER));
    save("t2", "Ash Ward", MARCH);
    Rating later = rate("t1", CO_PRODUCTION, TeamLevel.GOOD, "2026-05-01T10:00:00Z");
    Rating earlier = rate("t1", CO_PRODUCTION, TeamLevel.DEVELOPING, "2026-04-01T10:00:00Z");
    Rating correction =
        teamsRating(
            new Rating(
                "r-c",
                "t1",
                CO_LEARNING,
                TeamLevel.NOT_YET_DEVELOPING,
                "",
                "U1",
                "Amir",
                Instant.parse("2026-04-02T10:00:00Z"),
                ""));
    rate("t2", CO_PRODUCTION, TeamLevel.OUTSTANDING, "2026-04-01T10:00:00Z");

    TeamHistory history = picture.history("t1").orElseThrow();

    assertThat(history.team()).isEqualTo(willow);
    assertThat(history.assessment().history()).containsExactly(later, earlier, correction);
    assertThat(history.assessment().history(CO_PRODUCTION)).containsExactly(later, earlier);
    assertThat(picture.history("t9")).isEmpty();
  }

  @Test
  void countsTheTeamsAtEachLevelAtEachMomentInTheOrderAsked() {
    save("t1", "Willow Ward", MARCH);
    save("t2", "Ash Ward", Instant.parse("2026-04-10T09:00:00Z"));
    save("t3", "Elm Ward", Instant.parse("2026-06-01T09:00:00Z"));
    rate("t1", CO_PRODUCTION, TeamLevel.DEVELOPING, "2026-03-05T10:00:00Z");
    rate("t1", CO_PRODUCTION, TeamLevel.GOOD, "2026-04-20T10:00:00Z");
    rate("t2", CO_PRODUCTION, TeamLevel.GOOD, "2026-04-15T10:00:00Z");
    rate("t2", CO_LEARNING, TeamLevel.NOT_YET_DEVELOPING, "2026-04-15T10:00:00Z");
    Instant endOfApril = Instant.parse("2026-04-30T23:59:59Z");
    Instant endOfMarch = Instant.parse("2026-03-31T23:59:59Z");
    Instant beforeAll = Instant.parse("2026-02-01T00:00:00Z");
    Instant atTheFirstRating = Instant.parse("2026-03-05T10:00:00Z");
    Instant asAshWardStarts = Instant.parse("2026-04-10T09:00:00Z");

    List<LevelCounts> counts =
        picture.levelCounts(
            List.of(
                endOfApril, endOfMarch, beforeAll, endOfApril, atTheFirstRating, asAshWardStarts));

    LevelCounts april =
        new LevelCounts(
            endOfApril,
            2,
            Map.of(
                CO_PRODUCTION,
                Map.of(TeamLevel.GOOD, 2),
                CO_LEARNING,
                Map.of(TeamLevel.NOT_YET_DEVELOPING, 1)));
    LevelCounts march =
        new LevelCounts(endOfMarch, 1, Map.of(CO_PRODUCTION, Map.of(TeamLevel.DEVELOPING, 1)));
    assertThat(counts)
        .containsExactly(
            april,
            march,
            new LevelCounts(beforeAll, 0, Map.of()),
            april,
            new LevelCounts(
                atTheFirstRating, 1, Map.of(CO_PRODUCTION, Map.of(TeamLevel.DEVELOPING, 1))),
            new LevelCounts(
                asAshWardStarts, 2, Map.of(CO_PRODUCTION, Map.of(TeamLevel.DEVELOPING, 1))));
    assertThat(april.unrated(CO_LEARNING)).isEqualTo(1);
    assertThat(april.share(CO_PRODUCTION, TeamLevel.GOOD)).isEqualTo(1.0);
    assertThat(march.unrated(CO_LEARNING)).isEqualTo(1);
  }

  @Test
  void countsMonthByMonthAsEachMonthEndedInTheTrustsZone() {
    ZoneId london = ZoneId.of("Europe/London");
    save("t1", "Willow Ward", MARCH);
    // 00:30 on 1 April in London, still 31 March in UTC.
    rate("t1", CO_PRODUCTION, TeamLevel.DEVELOPING, "2026-03-31T23:30:00Z");
    // The stroke of midnight that ends April in London.
    rate("t1", CO_LEARNING, TeamLevel.GOOD, "2026-04-30T23:00:00Z");

    SortedMap<YearMonth, LevelCounts> inLondon =
        picture.monthByMonth(YearMonth.of(2026, 3), YearMonth.of(2026, 5), london);
    SortedMap<YearMonth, LevelCounts> inUtc =
        picture.monthByMonth(YearMonth.of(2026, 3), YearMonth.of(2026, 3), ZoneOffset.UTC);

    assertThat(inLondon.keySet())
        .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
    assertThat(inLondon.get(YearMonth.of(2026, 3)).at())
        .isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
    assertThat(inLondon.get(YearMonth.of(2026, 3)).rated(CO_PRODUCTION)).isZero();
    assertThat(inLondon.get(YearMonth.of(2026, 4)).count(CO_PRODUCTION, TeamLevel.DEVELOPING))
        .isEqualTo(1);
    assertThat(inLondon.get(YearMonth.of(2026, 4)).count(CO_LEARNING, TeamLevel.GOOD)).isEqualTo(1);
    assertThat(inLondon.get(YearMonth.of(2026, 5)).teams()).isEqualTo(1);
    assertThat(inUtc.get(YearMonth.of(2026, 3)).count(CO_PRODUCTION, TeamLevel.DEVELOPING))
        .isEqualTo(1);
  }

  @Test
  void refusesMonthsThatRunBackwards() {
    assertThatThrownBy(
            () ->
                picture.monthByMonth(YearMonth.of(2026, 5), YearMonth.of(2026, 4), ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsTheTeamsOverdueNeverRatedFirstThenLongestWaitingWithTheirLeads() {
    Instant asOf = Instant.parse("2026-06-30T12:00:00Z");
    Duration reviewAfter = Duration.ofDays(90);
    Instant cutoff = asOf.minus(reviewAfter);
    Team willow =
        save(
            "t1",
            "Willow Ward",
            MARCH,
            lead("U1", "Amir"),
            new Person("U2", "Bea", Role.MEMBER),
            lead("U3", "Cal"));
    Team ash = save("t2", "Ash Ward", MARCH, lead("U4", "Dee"));
    save("t3", "Elm Ward", MARCH);
    save("t4", "Birch Ward", MARCH);
    Team oak = save("t5", "Oak Ward", MARCH);
    save("t6", "Pine Ward", asOf.plusSeconds(1));
    save("t7", "Yew Ward", MARCH);
    rate("t1", CO_PRODUCTION, TeamLevel.GOOD, "2026-03-01T10:00:00Z");
    rate("t3", CO_PRODUCTION, TeamLevel.GOOD, "2026-05-01T10:00:00Z");
    rate("t4", CO_PRODUCTION, TeamLevel.GOOD, cutoff.toString());
    rate("t5", CO_PRODUCTION, TeamLevel.GOOD, "2026-02-01T10:00:00Z");
    rate("t5", CO_LEARNING, TeamLevel.GOOD, asOf.plusSeconds(1).toString());
    teamsRating(
        new Rating(
            "r-c",
            "t7",
            CO_LEARNING,
            TeamLevel.GOOD,
            "",
            "U1",
            "Amir",
            Instant.parse("2026-05-10T10:00:00Z"),
            ""));

    List<OverdueTeam> overdue = picture.overdue(asOf, reviewAfter);

    assertThat(overdue)
        .containsExactly(
            new OverdueTeam(ash, Optional.empty()),
            new OverdueTeam(oak, Optional.of(Instant.parse("2026-02-01T10:00:00Z"))),
            new OverdueTeam(willow, Optional.of(Instant.parse("2026-03-01T10:00:00Z"))));
    assertThat(overdue.get(2).leads()).extracting(Person::name).containsExactly("Amir", "Cal");
  }

  @Test
  void listsTeamsOverdueSinceTheSameMomentByName() {
    save("t1", "Willow Ward", MARCH);
    save("t2", "Ash Ward", MARCH);
    rate("t1", CO_PRODUCTION, TeamLevel.GOOD, "2026-03-01T10:00:00Z");
    rate("t2", CO_PRODUCTION, TeamLevel.GOOD, "2026-03-01T10:00:00Z");

    assertThat(picture.overdue(Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(30)))
        .extracting(o -> o.team().name())
        .containsExactly("Ash Ward", "Willow Ward");
  }

  /**
   * Two years of a trust's history drawn at random (with a fixed seed): same-named teams, ratings
   * recorded out of time order, several at one instant, corrections, ratings of teams that do not
   * exist. Whatever the picture under test answers must equal the in-memory picture, which reads
   * each team's levels as the chat does, on the same data.
   */
  @Test
  void agreesWithTheChatsReadingOfEachTeamOnTwoYearsOfMixedHistory() {
    InMemoryTeamStore mirror = new InMemoryTeamStore();
    TrustPicture expected = new InMemoryTrustPicture(mirror);
    Random random = new Random(20261130);
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    List<String> competencies = List.of(CO_PRODUCTION, CO_LEARNING, "workforce");
    for (int t = 0; t < 40; t++) {
      Instant created = start.plus(Duration.ofDays(random.nextInt(600)));
      Team team =
          new Team(
              "team-" + t,
              SLACK,
              "Ward " + (char) ('A' + random.nextInt(20)),
              Map.of("U" + t, lead("U" + t, "Lead " + t)),
              List.of("C" + t),
              created);
      teams.save(team);
      mirror.save(team);
    }
    for (int r = 0; r < 600; r++) {
      // Days six apart, at midnight: ties between ratings, and with the moments counted, are
      // common.
      Instant at = start.plus(Duration.ofDays(6L * random.nextInt(120)));
      Rating rating =
          new Rating(
              "r" + r,
              "team-" + random.nextInt(42),
              competencies.get(random.nextInt(3)),
              TeamLevel.values()[random.nextInt(4)],
              "",
              "U1",
              "Amir",
              at,
              random.nextInt(5) == 0 ? "" : "check-in-" + r);
      teams.record(rating);
      mirror.record(rating);
    }
    List<Instant> moments = new ArrayList<>();
    for (Instant at = start.minus(Duration.ofDays(7));
        at.isBefore(start.plus(Duration.ofDays(740)));
        at = at.plus(Duration.ofDays(7))) {
      moments.add(at);
    }

    assertThat(picture.currentLevels()).isEqualTo(expected.currentLevels());
    assertThat(moments).hasSizeGreaterThan(JdbcTrustPicture.MOMENTS_PER_STATEMENT);
    assertThat(picture.levelCounts(moments)).isEqualTo(expected.levelCounts(moments));
    for (Instant asOf :
        List.of(start.plus(Duration.ofDays(300)), start.plus(Duration.ofDays(720)))) {
      for (int days : List.of(6, 30, 90, 365)) {
        assertThat(picture.overdue(asOf, Duration.ofDays(days)))
            .as("overdue %d days as of %s", days, asOf)
            .isEqualTo(expected.overdue(asOf, Duration.ofDays(days)));
      }
    }
    assertThat(picture.history("team-7")).isEqualTo(expected.history("team-7"));
  }

  Team save(String id, String name, Instant createdAt, Person... people) {
    Map<String, Person> byId = new LinkedHashMap<>();
    for (Person person : people) {
      byId.put(person.id(), person);
    }
    Team team = new Team(id, SLACK, name, byId, List.of("C-" + id), createdAt);
    teams.save(team);
    return team;
  }

  Rating rate(String teamId, String competencyId, TeamLevel level, String at) {
    ratings++;
    return teamsRating(
        new Rating(
            "r" + ratings,
            teamId,
            competencyId,
            level,
            "note " + ratings,
            "U1",
            "Amir",
            Instant.parse(at),
            "check-in-" + ratings));
  }

  Rating teamsRating(Rating rating) {
    teams.record(rating);
    return rating;
  }

  static Person lead(String id, String name) {
    return new Person(id, name, Role.LEAD);
  }
}
