package org.pcref.core.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;

/**
 * The {@code remind} command: anyone in the team sees its nudge settings, the next nudge and the
 * last delivery problem; leads change them.
 */
public final class RemindCommand {

  private final TeamStore teams;
  private final NudgeStore store;
  private final Clock clock;
  private final NudgePlanner planner;

  private final AuditTrail audit;

  /** Changes to nudge settings go in {@code audit}. */
  public RemindCommand(
      Framework framework, TeamStore teams, NudgeStore store, Clock clock, AuditTrail audit) {
    this.audit = audit;
    this.teams = teams;
    this.store = store;
    this.clock = clock;
    this.planner = new NudgePlanner(framework);
  }

  private NudgeSettings settingsOf(String teamId) {
    return store.settings(teamId).orElse(NudgeSettings.DEFAULTS);
  }

  /**
   * {@code remind}, typed by {@code in}: the team's settings and next nudge; with words after it, a
   * change, recorded in the audit trail (the command is registered so that only leads change them).
   */
  public List<Reply> remind(Inbound in, Team team, String argument) {
    NudgeSettings current = settingsOf(team.id());
    if (argument.isBlank()) {
      return List.of(summary(team, current));
    }
    NudgeSettingsChange.Result result =
        NudgeSettingsChange.read(argument, current, clock.instant());
    if (result.problem() != null) {
      return List.of(new Reply.Text(result.problem()));
    }
    store.save(team.id(), result.settings());
    audit.record(
        AuditEntry.by(in, clock.instant(), "nudge settings", team.id(), "remind " + argument));
    return List.of(new Reply.Text("Saved."), summary(team, result.settings()));
  }

  private Reply summary(Team team, NudgeSettings s) {
    Instant now = clock.instant();
    List<String> lines = new ArrayList<>();
    lines.add(
        "Check-in nudges "
            + s.cadence().describe()
            + ", on "
            + dayName(s)
            + " at "
            + s.time()
            + " ("
            + s.zone().getId()
            + ")");
    lines.add("To: " + (s.toChannel() ? "the team’s channel" : "each lead by direct message"));
    lines.add("Competencies named when not reviewed for " + s.staleAfterDays() + " days");
    lines.add("Digest: " + s.digest().name().toLowerCase(java.util.Locale.ROOT));
    if (s.stopped()) {
      lines.add("Nudges are stopped (remind start turns them back on)");
    } else {
      if (s.snoozedUntil() != null && s.snoozedUntil().isAfter(now)) {
        lines.add("Snoozed until " + NudgeMessages.dateTimes(s.zone()).format(s.snoozedUntil()));
      }
      planner
          .nextCheckIn(team, s, new Assessment(teams.ratings(team.id())), now)
          .ifPresent(
              next ->
                  lines.add(
                      "Next check-in nudge: " + NudgeMessages.dateTimes(s.zone()).format(next)));
    }
    store.recent(team.id(), 5).stream()
        .filter(
            r ->
                r.status() == DeliveryRecord.Status.FAILED
                    || r.status() == DeliveryRecord.Status.RETRY)
        .findFirst()
        .ifPresent(
            r ->
                lines.add(
                    "Last delivery problem: "
                        + r.reason()
                        + (r.status() == DeliveryRecord.Status.RETRY ? " (trying again)" : "")));
    return new Reply.Card(
        "Nudges — " + team.name(),
        "",
        List.of(Reply.Section.of("", lines)),
        "Leads can change them, e.g. "
            + NudgeSettingsChange.EXAMPLE
            + ", remind digest weekly, remind to channel, remind snooze, remind stop.",
        List.of(
            Choice.ask("Snooze a week", "remind snooze"),
            Choice.ask(
                s.stopped() ? "Start nudges" : "Stop nudges",
                s.stopped() ? "remind start" : "remind stop")));
  }

  /**
   * When {@code team} is next due to check in, as a line for a glance at the team (App Home); empty
   * when its nudges are stopped.
   */
  public Optional<String> nextCheckIn(Team team) {
    NudgeSettings s = settingsOf(team.id());
    if (s.stopped()) {
      return Optional.empty();
    }
    return planner
        .nextCheckIn(team, s, new Assessment(teams.ratings(team.id())), clock.instant())
        .map(next -> "Next check-in due: " + NudgeMessages.dateTimes(s.zone()).format(next));
  }

  private static String dayName(NudgeSettings s) {
    String name = s.day().name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "s";
  }
}
