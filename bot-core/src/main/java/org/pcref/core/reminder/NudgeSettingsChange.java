package org.pcref.core.reminder;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a change to nudge settings: "every 2 weeks on Monday at 09:00", "weekly", "at 2pm",
 * "timezone Europe/Paris", "to channel", "digest weekly", "snooze 2 weeks", "stop", "start", "stale
 * after 60 days". Several may go in one line.
 */
final class NudgeSettingsChange {

  static final String EXAMPLE = "remind every 2 weeks on Monday at 09:00";

  /** The settings after the change, or why the text could not be read. */
  record Result(NudgeSettings settings, String problem) {}

  private static final Map<String, Cadence> CADENCES =
      Map.of(
          "weekly", Cadence.WEEKLY,
          "fortnightly", Cadence.FORTNIGHTLY,
          "monthly", Cadence.MONTHLY,
          "quarterly", Cadence.QUARTERLY);

  private static final Pattern EVERY =
      Pattern.compile("^every (\\d+ )?(week|weeks|fortnight|month|months|quarter)\\b");

  /** "every Monday" is weekly on Monday; "every other Monday", fortnightly. */
  private static final Pattern EVERY_DAY =
      Pattern.compile(
          "^every (other )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\\b");

  private static final Pattern ON =
      Pattern.compile(
          "^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\\b");
  private static final Pattern AT =
      Pattern.compile("^(at )?(\\d{1,2})(?:[:.](\\d{2}))? ?(am|pm)?(?=\\s|$)");
  private static final Pattern ZONE = Pattern.compile("^(timezone|time zone|zone|tz) (\\S+)");
  private static final Pattern TO =
      Pattern.compile(
          "^(to )?(the )?(channel|here|leads|dm|dms|direct message|direct messages|me)\\b");
  private static final Pattern DIGEST =
      Pattern.compile("^digest (weekly|monthly|off|on|every week|every month|none)\\b");
  private static final Pattern SNOOZE =
      Pattern.compile("^snooze( for)?( (\\d+) (day|days|week|weeks))?\\b");
  private static final Pattern STALE = Pattern.compile("^stale( after)? (\\d+)( days)?\\b");
  private static final Pattern SWITCH = Pattern.compile("^(stop|off|pause|start|on|resume)\\b");

  private NudgeSettingsChange() {}

  static Result read(String text, NudgeSettings current, Instant now) {
    String rest = text.toLowerCase(Locale.ROOT).replace(',', ' ').replaceAll("\\s+", " ").strip();
    NudgeSettings s = current;
    try {
      while (!rest.isEmpty()) {
        Matcher m;
        if (CADENCES.containsKey(firstWord(rest))) {
          s = s.with(CADENCES.get(firstWord(rest)));
          rest = afterFirstWord(rest);
        } else if ((m = EVERY_DAY.matcher(rest)).find()) {
          s = s.with(m.group(1) == null ? Cadence.WEEKLY : Cadence.FORTNIGHTLY).on(day(m.group(2)));
          rest = rest.substring(m.end()).strip();
        } else if ((m = EVERY.matcher(rest)).find()) {
          s = s.with(cadence(m.group(1), m.group(2)));
          rest = rest.substring(m.end()).strip();
        } else if ((m = ON.matcher(rest)).find()) {
          s = s.on(day(m.group(2)));
          rest = rest.substring(m.end()).strip();
        } else if ((m = AT.matcher(rest)).find()
            && (m.group(1) != null || m.group(3) != null || m.group(4) != null)) {
          s = s.at(time(m.group(2), m.group(3), m.group(4)));
          rest = rest.substring(m.end()).strip();
        } else if ((m = ZONE.matcher(rest)).find()) {
          s = s.in(zone(text, m.group(2)));
          rest = rest.substring(m.end()).strip();
        } else if ((m = TO.matcher(rest)).find()) {
          s = s.toChannel(m.group(3).equals("channel") || m.group(3).equals("here"));
          rest = rest.substring(m.end()).strip();
        } else if ((m = DIGEST.matcher(rest)).find()) {
          s = s.with(digest(m.group(1)), now);
          rest = rest.substring(m.end()).strip();
        } else if ((m = SNOOZE.matcher(rest)).find()) {
          Duration length =
              m.group(3) == null
                  ? Duration.ofDays(7)
                  : m.group(4).startsWith("week")
                      ? Duration.ofDays(7L * Integer.parseInt(m.group(3)))
                      : Duration.ofDays(Integer.parseInt(m.group(3)));
          if (length.toDays() < 1 || length.toDays() > 365) {
            return new Result(null, "A snooze lasts 1 day to a year, e.g. remind snooze 2 weeks.");
          }
          // A snooze ends when a nudge would be sent that day: at the team's nudge time.
          s =
              s.snoozedUntil(
                  now.atZone(s.zone())
                      .toLocalDate()
                      .plusDays(length.toDays())
                      .atTime(s.time())
                      .atZone(s.zone())
                      .toInstant());
          rest = rest.substring(m.end()).strip();
        } else if ((m = STALE.matcher(rest)).find()) {
          int days = Integer.parseInt(m.group(2));
          if (days < 7 || days > 730) {
            return new Result(null, "Stale after 7 to 730 days, e.g. remind stale after 90 days.");
          }
          s = s.staleAfter(days);
          rest = rest.substring(m.end()).strip();
        } else if ((m = SWITCH.matcher(rest)).find()) {
          boolean stop = List.of("stop", "off", "pause").contains(m.group(1));
          s = s.stopped(stop);
          if (!stop) {
            s = s.snoozedUntil(null);
          }
          rest = rest.substring(m.end()).strip();
        } else if (rest.startsWith("and ")
            || rest.startsWith("the ")
            || rest.startsWith("nudges ")
            || rest.startsWith("me ")) {
          rest = afterFirstWord(rest);
        } else {
          return new Result(
              null, "I didn’t understand “" + firstWord(rest) + "”. Try: " + EXAMPLE + ".");
        }
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      return new Result(null, e.getMessage() + " Try: " + EXAMPLE + ".");
    }
    return new Result(s, null);
  }

  private static Cadence cadence(String amount, String unit) {
    int n = amount == null ? 1 : Integer.parseInt(amount.strip());
    return switch (unit) {
      case "week", "weeks" -> new Cadence(n, Cadence.Unit.WEEKS);
      case "fortnight" -> new Cadence(2 * n, Cadence.Unit.WEEKS);
      case "quarter" -> new Cadence(3 * n, Cadence.Unit.MONTHS);
      default -> new Cadence(n, Cadence.Unit.MONTHS);
    };
  }

  private static DayOfWeek day(String word) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().toLowerCase(Locale.ROOT).startsWith(word.substring(0, 3))) {
        return day;
      }
    }
    throw new IllegalArgumentException("“" + word + "” is not a day of the week.");
  }

  private static LocalTime time(String hours, String minutes, String half) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (half != null) {
      if (h < 1 || h > 12) {
        throw new IllegalArgumentException(h + half + " is not a time.");
      }
      h = h % 12 + (half.equals("pm") ? 12 : 0);
    }
    if (h > 23 || m > 59) {
      throw new IllegalArgumentException(
          hours + ":" + (minutes == null ? "00" : minutes) + " is not a time.");
    }
    return LocalTime.of(h, m);
  }

  /** Zone ids are case-sensitive: find the one the user meant in the original text. */
  private static ZoneId zone(String original, String lowered) {
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.equalsIgnoreCase(lowered)) {
        return ZoneId.of(id);
      }
    }
    if (lowered.equalsIgnoreCase("utc") || lowered.equalsIgnoreCase("gmt")) {
      return ZoneId.of("UTC");
    }
    throw new IllegalArgumentException(
        "“" + lowered + "” is not a time zone I know (e.g. Europe/London).");
  }

  private static NudgeSettings.Digest digest(String word) {
    return switch (word) {
      case "weekly", "every week", "on" -> NudgeSettings.Digest.WEEKLY;
      case "monthly", "every month" -> NudgeSettings.Digest.MONTHLY;
      default -> NudgeSettings.Digest.OFF;
    };
  }

  private static String firstWord(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  private static String afterFirstWord(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? "" : text.substring(space + 1).strip();
  }
}
