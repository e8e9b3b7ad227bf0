package org.pcref.core.checkin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Card;
import org.pcref.core.message.Reply.Section;
import org.pcref.core.message.Typed;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;

/**
 * What the check-in says: each question with its buttons, the pause and cancel notes, the summary.
 */
final class CheckInPrompts {

  private static final String HINT = "Type skip, back, pause or cancel at any time.";

  private final Framework framework;
  private final DateTimeFormatter dates;

  CheckInPrompts(Framework framework, ZoneId zone) {
    this.framework = framework;
    this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
  }

  /** The question the check-in is waiting on. */
  List<Reply> current(CheckIn c, Turn turn) {
    return switch (c.step()) {
      case CHOOSE_LEVEL -> List.of(ask(c, turn));
      case CHECKLIST -> List.of(checklist(c));
      case CONFIRM -> List.of(confirm(c, turn));
      case NOTE -> List.of(note(c));
    };
  }

  Reply ask(CheckIn c, Turn turn) {
    Competency competency = competency(c);
    List<Choice> choices = new ArrayList<>();
    for (TeamLevel level : TeamLevel.values()) {
      choices.add(ButtonValue.choice(c, level.label(), "level:" + level.name()));
    }
    choices.add(ButtonValue.choice(c, "What each level means", "levels"));
    choices.add(ButtonValue.choice(c, "Check the descriptors", "detailed"));
    choices.add(ButtonValue.choice(c, "Skip", "skip"));
    return new Card(
        progress(c) + competency.name(),
        nowLevel(turn, competency) + " Which level fits your team now?",
        List.of(),
        HINT,
        choices);
  }

  /**
   * Every level's descriptors on one card, numbered across the card, ticked and sent at once (or
   * typed as their numbers).
   */
  Reply checklist(CheckIn c) {
    Competency competency = competency(c);
    List<Reply.TickGroup> groups = new ArrayList<>();
    int number = 0;
    for (Level level : Level.values()) {
      List<Reply.Tick> ticks = new ArrayList<>();
      for (String descriptor : competency.descriptors(level)) {
        ticks.add(new Reply.Tick(Integer.toString(++number), descriptor));
      }
      groups.add(new Reply.TickGroup(level.label(), ticks));
    }
    return new Reply.Checklist(
        progress(c) + competency.name() + " — descriptors",
        "Which of these are true for your team now? Tick them and press Suggest a level, or type"
            + " their numbers (e.g. 1 3), all or none.",
        groups,
        ButtonValue.choice(c, "Suggest a level", "ticked"),
        List.of(ButtonValue.choice(c, "Back", "back")),
        HINT);
  }

  Reply confirm(CheckIn c, Turn turn) {
    Competency competency = competency(c);
    List<String> reasons = new ArrayList<>();
    for (CheckedLevel checked : c.checked()) {
      reasons.add(
          checked.level().label()
              + ": "
              + (checked.allMet()
                  ? "all " + checked.of() + " met"
                  : checked.met().size() + " of " + checked.of() + " met"));
    }
    List<Choice> choices = new ArrayList<>();
    choices.add(ButtonValue.choice(c, "Yes, " + c.chosen().label(), "confirm"));
    for (TeamLevel level : TeamLevel.values()) {
      if (level != c.chosen()) {
        choices.add(ButtonValue.choice(c, level.label(), "level:" + level.name()));
      }
    }
    choices.add(ButtonValue.choice(c, "Back", "back"));
    return new Card(
        progress(c) + competency.name() + ": suggested level " + c.chosen().label(),
        "The highest level whose descriptors, and all below it, are met. Confirm, or choose another.",
        sections(competency, reasons, c.checked()),
        "",
        choices);
  }

  /** What was said, and what the first level not fully met still asks for: the next step. */
  private static List<Section> sections(
      Competency competency, List<String> reasons, List<CheckedLevel> checked) {
    List<Section> sections = new ArrayList<>();
    sections.add(Section.of("What you said", reasons));
    for (CheckedLevel level : checked) {
      if (!level.allMet()) {
        List<String> missing = new ArrayList<>();
        List<String> descriptors = competency.descriptors(level.level());
        for (int i = 1; i <= descriptors.size(); i++) {
          if (!level.met().contains(i)) {
            missing.add(descriptors.get(i - 1));
          }
        }
        sections.add(Section.of("Still to meet for " + level.level().label(), missing));
        break;
      }
    }
    return sections;
  }

  Reply note(CheckIn c) {
    return new Reply.Choices(
        c.chosen().label()
            + " for "
            + competency(c).name()
            + ". Add an evidence note? Type it, or press No note.",
        List.of(ButtonValue.choice(c, "No note", "nonote"), ButtonValue.choice(c, "Back", "back")));
  }

  Reply paused(CheckIn c) {
    return new Reply.Text(
        "Paused after "
            + c.answers().size()
            + " of "
            + c.competencyIds().size()
            + ". Type checkin when you are ready to carry on where you left off.");
  }

  Reply cancelled(CheckIn c) {
    long recorded = c.answers().stream().filter(a -> !a.skipped()).count();
    String kept =
        recorded == 0
            ? ""
            : " The "
                + recorded
                + (recorded == 1 ? " level" : " levels")
                + " already given stay in the team’s history.";
    return new Reply.Text("Check-in cancelled." + kept);
  }

  /** The end of a check-in: each level against the one before, the notes, and what comes next. */
  Reply summary(CheckIn c, Turn turn) {
    List<Reply.Change> changes = new ArrayList<>();
    List<Section> nextSteps = new ArrayList<>();
    for (CompetencyAnswer answer : c.answers()) {
      Competency competency = framework.competency(answer.competencyId()).orElseThrow();
      if (answer.skipped()) {
        changes.add(new Reply.Change(competency.name(), null, null, Reply.Trend.SKIPPED, ""));
        continue;
      }
      changes.add(
          new Reply.Change(
              competency.name(),
              answer.previous() == null ? null : answer.previous().badge(),
              answer.level().badge(),
              trend(answer),
              answer.note().isEmpty() ? "" : Typed.isolated(answer.note())));
      answer
          .level()
          .nextLevel()
          .ifPresent(
              next ->
                  nextSteps.add(
                      Section.of(
                          "Next steps for " + competency.name() + " — to reach " + next.label(),
                          competency.descriptors(next))));
    }
    return new Reply.ForChannel(
        new Reply.Summary(
            "Check-in done — " + Typed.isolated(turn.team().name()),
            "By " + Typed.isolated(turn.personName()) + ", " + dates.format(turn.now()),
            changes,
            nextSteps,
            List.of(Choice.ask("Team assessment", "team"))));
  }

  private static Reply.Trend trend(CompetencyAnswer answer) {
    if (answer.previous() == null) {
      return Reply.Trend.FIRST;
    }
    int direction = Integer.compare(answer.level().ordinal(), answer.previous().ordinal());
    return direction > 0 ? Reply.Trend.UP : direction < 0 ? Reply.Trend.DOWN : Reply.Trend.SAME;
  }

  private String nowLevel(Turn turn, Competency competency) {
    return turn.assessment()
        .current(competency.id())
        .map(
            r ->
                "Now: "
                    + r.level().label()
                    + " ("
                    + r.byName()
                    + ", "
                    + dates.format(r.at())
                    + ").")
        .orElse("Not rated yet.");
  }

  String describe(Rating r) {
    return r.level().label() + " — " + Typed.isolated(r.byName()) + ", " + dates.format(r.at());
  }

  private static String progress(CheckIn c) {
    return c.competencyIds().size() == 1
        ? ""
        : (c.position() + 1) + " of " + c.competencyIds().size() + " · ";
  }

  private Competency competency(CheckIn c) {
    return framework.competency(c.competencyId()).orElseThrow();
  }
}
