package org.pcref.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.picture.CurrentLevels;
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
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.FrameworkLoader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The overview for a trust of 1,000 teams (by default) with two years of monthly check-ins on every
 * competency: the server-side time to answer {@code GET /} on loopback (p50, p99, max over the
 * measured requests) and the page's weight, as sent (gzip) and unpacked. The picture's queries are
 * answered from lists made once, so the figures are the board's own (controller, filtering,
 * sorting, template); the queries' cost on H2 and PostgreSQL is {@code bench/trust-picture.sh}'s.
 *
 * <p>Run with {@code bench/board.sh [teams] [requests]}.
 */
public final class OverviewBenchmark {

  /** Twelve directorates, as a large trust has; one team in thirteen is in none. */
  static final String[] DIRECTORATES = {
    "Bedfordshire",
    "City and Hackney",
    "Forensic Services",
    "Luton",
    "Newham",
    "Specialist Services",
    "Tower Hamlets",
    "Community Health Newham",
    "Children and Young People",
    "Learning Disabilities",
    "Older Adults",
    "Talking Therapies"
  };

  public static void main(String[] args) throws Exception {
    int teams = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Framework framework = FrameworkLoader.bundled();
    InMemoryTeamStore store = new InMemoryTeamStore();
    Snapshot.picture = trust(framework, store, teams, 24);
    Snapshot.store = store;
    ConfigurableApplicationContext context =
        new SpringApplication(Snapshot.class)
            .run("--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN");
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest get =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
            .header("Accept-Encoding", "gzip")
            .build();
    for (int i = 0; i < 100; i++) {
      http.send(get, HttpResponse.BodyHandlers.ofByteArray());
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long[] nanos = new long[requests];
    byte[] body = null;
    String encoding = "";
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
      nanos[i] = System.nanoTime() - start;
      body = response.body();
      encoding = response.headers().firstValue("Content-Encoding").orElse("identity");
    }
    // CPU time over the requests, server and client together: less swayed by a busy machine.
    double cpuPerRequest = (os.getProcessCpuTime() - cpuBefore) / 1e6 / requests;
    Arrays.sort(nanos);
    int unpacked =
        "gzip".equals(encoding)
            ? new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes().length
            : body.length;
    System.out.printf(
        "overview of %d teams, %d requests: p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
            + " page %d bytes sent (%s), %d bytes unpacked; CPU %.1f ms a request;"
            + " load average %.2f%n",
        teams,
        requests,
        nanos[requests / 2] / 1e6,
        nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6,
        nanos[requests - 1] / 1e6,
        body.length,
        encoding,
        unpacked,
        cpuPerRequest,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    context.close();
  }

  /**
   * Every team checked in on every competency every month (a tenth went quiet for the last five
   * months, so they are overdue); the overview reads each team's latest rating of each competency,
   * so only those are kept, with when each team was last rated.
   */
  static TrustPicture trust(Framework framework, InMemoryTeamStore store, int teams, int months) {
    Random random = new Random(12);
    Instant start = SampleTrust.NOW.minus(months * 30L, ChronoUnit.DAYS);
    Instant cutoff = SampleTrust.NOW.minus(CheckInSettings.DEFAULTS.reviewAfter());
    List<CurrentLevels> current = new ArrayList<>();
    List<OverdueTeam> overdue = new ArrayList<>();
    int n = 0;
    for (int t = 0; t < teams; t++) {
      String id = "team-" + t;
      Team team =
          new Team(
                  id,
                  SampleTrust.WORKSPACE,
                  "Team " + t + (t % 7 == 0 ? " Community" : " Ward"),
                  Map.of(),
                  List.of(),
                  start)
              .with(new Person("lead-" + t, "Lead " + t, Role.LEAD))
              .inDirectorate(t % 13 == 12 ? "" : DIRECTORATES[t % 12]);
      store.save(team);
      Map<String, Rating> latest = new java.util.HashMap<>();
      Instant last = null;
      for (int m = 0; m < months; m++) {
        if (t % 10 == 9 && m > months - 6) {
          break;
        }
        for (Competency c : framework.competencies()) {
          TeamLevel level = TeamLevel.values()[Math.min(3, random.nextInt(2) + m / 8)];
          Instant at = start.plus(m * 30L + random.nextInt(28), ChronoUnit.DAYS);
          latest.put(
              c.id(),
              new Rating("r" + n++, id, c.id(), level, "", "lead-" + t, "Lead " + t, at, "c" + m));
          last = last == null || at.isAfter(last) ? at : last;
        }
      }
      current.add(new CurrentLevels(team, latest));
      if (last == null || last.isBefore(cutoff)) {
        overdue.add(new OverdueTeam(team, Optional.ofNullable(last)));
      }
    }
    overdue.sort(OverdueTeam.LONGEST_WAITING_FIRST);
    return new TrustPicture() {
      @Override
      public List<CurrentLevels> currentLevels() {
        return current;
      }

      @Override
      public Optional<TeamHistory> history(String teamId) {
        return Optional.empty();
      }

      @Override
      public List<LevelCounts> levelCounts(List<Instant> moments) {
        return moments.stream().map(at -> new LevelCounts(at, 0, Map.of())).toList();
      }

      @Override
      public List<OverdueTeam> overdue(Instant asOf, Duration reviewAfter) {
        return overdue;
      }
    };
  }

  /** The board over the trust made once. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(BoardConfiguration.class)
  static class Snapshot {
    static TrustPicture picture;
    static TeamStore store;

    @Bean
    Framework framework() {
      return FrameworkLoader.bundled();
    }

    @Bean
    TeamStore teamStore() {
      return store;
    }

    @Bean
    TrustPicture trustPicture() {
      return picture;
    }

    @Bean
    CheckInSettings checkInSettings() {
      return CheckInSettings.DEFAULTS;
    }

    @Bean
    org.pcref.core.privacy.DataProtection dataProtection() {
      return org.pcref.core.privacy.DataProtection.inMemory();
    }

    @Bean
    Clock clock() {
      return Clock.fixed(SampleTrust.NOW, ZoneOffset.UTC);
    }
  }
}
