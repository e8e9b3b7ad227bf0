package org.pcref.app.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.pcref.app.nudge.NudgeEngineSettings;
import org.pcref.app.storage.DatabaseSettings;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.privacy.Admins;
import org.pcref.core.privacy.RetentionSettings;
import org.pcref.core.round.RoundSettings;

/**
 * The bot's own settings ({@code pcref.*}), read the same way by the server (from Spring's
 * environment) and by the terminal commands, which start no Spring: there a Java system property by
 * its name ({@code pcref.data-dir}) wins over the environment variable of the same name in capitals
 * with dots and dashes as underscores ({@code PCREF_DATA_DIR}).
 */
public final class Settings {

  private final Function<String, String> lookup;

  /**
   * @param lookup a setting's value by its name, null or blank when not set
   */
  public Settings(Function<String, String> lookup) {
    this.lookup = lookup;
  }

  /** Settings of this process without Spring: system properties, then environment variables. */
  public static Settings of(
      UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
    return new Settings(
        name -> {
          String property = systemProperties.apply(name);
          if (property != null && !property.isBlank()) {
            return property;
          }
          return environment.apply(
              name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        });
  }

  public String get(String name) {
    String value = lookup.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The database; {@code dataDir} (the {@code --data} option) wins over the setting. */
  public DatabaseSettings database(String dataDir) {
    if (dataDir != null && get(DatabaseSettings.URL) == null) {
      return DatabaseSettings.embedded(Path.of(dataDir));
    }
    return DatabaseSettings.from(this::get);
  }

  public CheckInSettings checkIns() {
    CheckInSettings defaults = CheckInSettings.DEFAULTS;
    try {
      return new CheckInSettings(
          duration("pcref.checkin.review-after", defaults.reviewAfter()),
          duration("pcref.checkin.expire-after", defaults.expireAfter()),
          get("pcref.checkin.per-sitting") == null
              ? defaults.perSitting()
              : Integer.parseInt(get("pcref.checkin.per-sitting")),
          get("pcref.checkin.zone") == null
              ? defaults.zone()
              : ZoneId.of(get("pcref.checkin.zone")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "a pcref.checkin setting is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * How team rounds behave: {@code pcref.round.working-days} (how long one stays open, default 3)
   * and {@code pcref.round.fewest-to-show} (the fewest answers whose spread is shown, default 3),
   * in the check-ins' time zone.
   */
  public RoundSettings rounds() {
    RoundSettings defaults = RoundSettings.DEFAULTS;
    try {
      return new RoundSettings(
          get("pcref.round.working-days") == null
              ? defaults.workingDays()
              : Integer.parseInt(get("pcref.round.working-days")),
          get("pcref.round.fewest-to-show") == null
              ? defaults.fewestToShow()
              : Integer.parseInt(get("pcref.round.fewest-to-show")),
          checkIns().zone());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "a pcref.round setting is not valid: " + e.getMessage(), e);
    }
  }

  /** How this instance runs the nudge scheduler ({@code pcref.nudges.sweep-every}, default 1m). */
  public NudgeEngineSettings nudges() {
    NudgeEngineSettings defaults = NudgeEngineSettings.defaults(NudgeEngineSettings.thisProcess());
    try {
      return defaults.sweepingEvery(duration("pcref.nudges.sweep-every", defaults.sweepEvery()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "a pcref.nudges setting is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * The admins: {@code pcref.admins}, person keys ({@code slack/<team>/<user>}, {@code
   * teams/<tid>/<oid>}) separated by commas. The web board's older {@code pcref.board.admins} means
   * the same people and is read too.
   */
  public Admins admins() {
    List<String> written = new ArrayList<>();
    for (String name : List.of("pcref.admins", "pcref.board.admins")) {
      String value = get(name);
      if (value != null) {
        written.add(value);
      }
    }
    return Admins.parse(written);
  }

  /**
   * How long data is kept: {@code pcref.retention.notes}, {@code .conversations}, {@code
   * .seen-events}, {@code .deliveries}, {@code .audit} and {@code .departed-workspaces} (durations
   * such as 90d; the README gives the defaults and why).
   */
  public RetentionSettings retention() {
    RetentionSettings d = RetentionSettings.DEFAULTS;
    try {
      return new RetentionSettings(
          duration("pcref.retention.notes", d.notes()),
          duration("pcref.retention.conversations", d.conversations()),
          duration("pcref.retention.seen-events", d.seenEvents()),
          duration("pcref.retention.deliveries", d.deliveries()),
          duration("pcref.retention.audit", d.audit()),
          duration("pcref.retention.departed-workspaces", d.departedWorkspaces()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "a pcref.retention setting is not valid: " + e.getMessage(), e);
    }
  }

  /** A duration written as Spring writes them: 90d, 12h, 30m, or ISO-8601 (P90D). */
  private Duration duration(String name, Duration fallback) {
    String value = get(name);
    if (value == null) {
      return fallback;
    }
    String v = value.toLowerCase(Locale.ROOT);
    if (v.matches("\\d+[dhms]")) {
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      return switch (v.charAt(v.length() - 1)) {
        case 'd' -> Duration.ofDays(n);
        case 'h' -> Duration.ofHours(n);
        case 'm' -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      };
    }
    return Duration.parse(value);
  }
}
