package org.pcref.core.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Section;
import org.pcref.core.message.Typed;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Rating;
import org.pcref.core.team.Team;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/** What a nudge says: short, exactly what is due, and a one-click start. */
final class NudgeMessages {

  static final String START = "nudge.checkin";
  static final String SNOOZE = "nudge.snooze";
  static final String ROUND = "nudge.round";

  private final Framework framework;

  NudgeMessages(Framework framework) {
    this.framework = framework;
  }

  Reply checkInDue(Team team, NudgeSettings settings, Assessment assessment, Instant now) {
    DateTimeFormatter dates = dates(settings.zone());
    List<Competency> stale =
        assessment.due(framework, now, java.time.Duration.ofDays(settings.staleAfterDays()));
    String last =
        assessment.history().stream()
            .map(Rating::at)
            .max(Instant::compareTo)
            .map(at -> "Last check-in: " + dates.format(at) + ". ")
            .orElse("No check-in yet. ");
    List<Section> sections = new ArrayList<>();
    if (!stale.isEmpty()) {
      List<String> names =
          stale.stream()
              .map(
                  c ->
                      c.name()
                          + assessment
                              .current(c.id())
                              .map(r -> " (last reviewed " + dates.format(r.at()) + ")")
                              .orElse(" (never rated)"))
              .toList();
      sections.add(Section.of("Not reviewed for " + settings.staleAfterDays() + " days", names));
    }
    return new Reply.Card(
        "Check-in due — " + Typed.isolated(team.name()),
        last
            + "Your team checks in "
            + settings.cadence().describe()
            + "; it takes about two minutes.",
        sections,
        "",
        List.of(
            new Choice("Start the check-in", START, team.id()),
            new Choice("Snooze a week", SNOOZE, team.id()),
            new Choice("Start a team round", ROUND, team.id()),
            Choice.ask("Settings", "remind")));
  }

  Reply digest(
      Team team,
      NudgeSettings settings,
      Assessment assessment,
      List<CheckIn> paused,
      Instant from,
      Instant to) {
    DateTimeFormatter dates = dates(settings.zone());
    List<String> changes = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (Rating r : assessment.history()) {
      if (!r.at().isBefore(from) && r.at().isBefore(to)) {
        String name =
            framework.competency(r.competencyId()).map(Competency::name).orElse(r.competencyId());
        changes.add(
            name
                + ": "
                + r.level().label()
                + " — "
                + Typed.isolated(r.byName())
                + ", "
                + dates.format(r.at()));
        if (!people.contains(r.byName())) {
          people.add(r.byName());
        }
      }
    }
    List<Section> sections = new ArrayList<>();
    sections.add(
        Section.of(
            "Levels given", changes.isEmpty() ? List.of("No changes in this period.") : changes));
    if (!people.isEmpty()) {
      sections.add(Section.of("Checked in", people));
    }
    if (!paused.isEmpty()) {
      List<String> waiting = new ArrayList<>();
      for (CheckIn c : paused) {
        String who =
            team.person(c.startedById())
                .map(org.pcref.core.team.Person::name)
                .orElse(c.startedById());
        waiting.add(
            who
                + "’s, "
                + c.answers().size()
                + " of "
                + c.competencyIds().size()
                + " done, since "
                + dates.format(c.startedAt()));
      }
      sections.add(Section.of("Check-ins left paused", waiting));
    }
    return new Reply.Card(
        "Digest — " + Typed.isolated(team.name()),
        dates.format(from) + " to " + dates.format(to),
        sections,
        "",
        List.of(Choice.ask("Team assessment", "team"), Choice.ask("Settings", "remind")));
  }

  static DateTimeFormatter dates(ZoneId zone) {
    return DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK).withZone(zone);
  }

  static DateTimeFormatter dateTimes(ZoneId zone) {
    return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
  }
}
