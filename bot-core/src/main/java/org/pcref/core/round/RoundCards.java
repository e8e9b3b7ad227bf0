package org.pcref.core.round;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Card;
import org.pcref.core.message.Reply.Item;
import org.pcref.core.message.Reply.Section;
import org.pcref.core.message.Typed;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;

/** What a round says: its announcement, its status, its result and the lead's confirmation. */
final class RoundCards {

  static final String JOIN = "round.join";
  static final String CLOSE = "round.close";
  static final String CONFIRM = "round.confirm";
  static final String LEVEL = "round.level";
  static final String NO_NOTE = "round.nonote";

  private final Framework framework;
  private final RoundSettings settings;
  private final DateTimeFormatter times;
  private final DateTimeFormatter dates;

  RoundCards(Framework framework, RoundSettings settings) {
    this.framework = framework;
    this.settings = settings;
    this.times =
        DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK).withZone(settings.zone());
    this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(settings.zone());
  }

  String time(Instant at) {
    return times.format(at);
  }

  Reply announcement(Round round, Team team) {
    return new Reply.ForChannel(
        new Card(
            "Team round — " + Typed.isolated(team.name()),
            round.openedByName()
                + " asks everyone in the team for their view. Rate privately: the team sees only how"
                + " views spread"
                + (round.namesShown() ? ", with names (as the lead asked)" : ", without names")
                + ". Open until "
                + time(round.closesAt())
                + ".",
            List.of(Section.of("Competencies", names(round.competencyIds()))),
            "You can change your answer until the round closes.",
            List.of(new Choice("Take part", JOIN, round.id()))));
  }

  /** The open round; {@code lead}: the person may close it, and is offered to. */
  Reply status(Round round, Team team, int answered, int of, boolean lead) {
    return new Card(
        "Team round — " + Typed.isolated(team.name()),
        "Started by "
            + round.openedByName()
            + " on "
            + dates.format(round.openedAt())
            + "; open until "
            + time(round.closesAt())
            + ".",
        List.of(
            Section.of("Competencies", names(round.competencyIds())),
            Section.of("", List.of(answered + " of " + of + " people have answered."))),
        "",
        lead
            ? List.of(
                new Choice("Take part", JOIN, round.id()),
                new Choice("Close now", CLOSE, round.id()))
            : List.of(new Choice("Take part", JOIN, round.id())));
  }

  /** The spread of every competency, and the buttons to confirm the team's level. */
  Reply result(Round round, Team team, List<Spread> spreads, List<Confirmation> confirmed) {
    List<Section> sections = new ArrayList<>();
    for (Spread spread : spreads) {
      sections.add(section(spread, confirmed));
    }
    boolean done = confirmed.size() >= round.competencyIds().size();
    return new Card(
        "Team round result — " + team.name(),
        why(round)
            + " Started by "
            + round.openedByName()
            + " on "
            + dates.format(round.openedAt())
            + ".",
        sections,
        done ? "" : "A lead confirms the team’s level for each competency.",
        done ? List.of() : List.of(new Choice("Confirm the team’s level", CONFIRM, round.id())));
  }

  private Section section(Spread spread, List<Confirmation> confirmed) {
    List<Item> items = new ArrayList<>();
    if (spread.answered() < settings.fewestToShow()) {
      items.add(
          Item.of(
              answers(spread.answered())
                  + ": too few to show how views spread (at least "
                  + settings.fewestToShow()
                  + " needed)."));
    } else {
      for (TeamLevel level : TeamLevel.values()) {
        if (spread.count(level) > 0) {
          List<String> who = spread.names().getOrDefault(level, List.of());
          items.add(
              Item.of(
                  level.label()
                      + ": "
                      + spread.count(level)
                      + (who.isEmpty() ? "" : " (" + String.join(", ", who) + ")")));
        }
      }
      items.add(Item.of("Median: " + spread.median().label()));
      if (spread.differ()) {
        items.add(Item.of("Views differ: worth talking through as a team."));
      }
      if (!spread.divergent().isEmpty()) {
        items.add(new Item("Descriptors you saw differently:", spread.divergent()));
      }
      if (!spread.notes().isEmpty()) {
        items.add(new Item("Notes:", spread.notes()));
      }
    }
    confirmed.stream()
        .filter(c -> c.competencyId().equals(spread.competencyId()))
        .findFirst()
        .ifPresent(
            c -> items.add(Item.of("Confirmed: " + c.level().label() + " by " + c.byName())));
    String heading =
        name(spread.competencyId())
            + (spread.differ() && spread.answered() >= settings.fewestToShow()
                ? " ⚑ views differ"
                : "");
    return new Section(heading, items);
  }

  /** The lead's question for one competency: the levels, the median first. */
  Reply confirmQuestion(Round round, Spread spread) {
    boolean shown = spread.answered() >= settings.fewestToShow();
    List<Choice> choices = new ArrayList<>();
    if (shown) {
      choices.add(level(round, spread, spread.median(), spread.median().label() + " (median)"));
    }
    for (TeamLevel level : TeamLevel.values()) {
      if (!shown || level != spread.median()) {
        choices.add(level(round, spread, level, level.label()));
      }
    }
    String seen =
        shown
            ? spread.inWords() + ". Median: " + spread.median().label() + "."
            : answers(spread.answered()) + ".";
    return new Reply.Choices(
        name(spread.competencyId()) + ": " + seen + " Which level does the team confirm?", choices);
  }

  private static Choice level(Round round, Spread spread, TeamLevel level, String label) {
    return new Choice(label, LEVEL, round.id() + "/" + spread.competencyId() + "/" + level.name());
  }

  Reply askNote(Round round, String competencyId, TeamLevel level) {
    return new Reply.Choices(
        level.label()
            + " for "
            + name(competencyId)
            + ". Add a note for the record? Type it, or press No note.",
        List.of(new Choice("No note", NO_NOTE, round.id() + "/" + competencyId)));
  }

  Reply confirmedAll(Round round, Team team, List<Confirmation> confirmed) {
    List<Item> items = new ArrayList<>();
    for (Confirmation c : confirmed) {
      items.add(
          new Item(
              name(c.competencyId()) + ": " + c.level().label(),
              c.note().isEmpty() ? List.of() : List.of("Note: " + c.note())));
    }
    return new Reply.ForChannel(
        new Card(
            "Team round confirmed — " + team.name(),
            "Confirmed by "
                + confirmed.get(confirmed.size() - 1).byName()
                + " after the team round.",
            List.of(new Section("Levels", items)),
            "",
            List.of(Choice.ask("Team assessment", "team"))));
  }

  private String why(Round round) {
    if (round.isOpen()) {
      return "Still open, until " + time(round.closesAt()) + ".";
    }
    return switch (round.closing()) {
      case TIME_UP -> "Closed when its time was up, " + time(round.closedAt()) + ".";
      case EVERYONE_ANSWERED ->
          "Closed when everyone had answered, " + time(round.closedAt()) + ".";
      case LEAD_CLOSED -> "Closed by a lead, " + time(round.closedAt()) + ".";
    };
  }

  static String answers(int n) {
    return n + (n == 1 ? " answer" : " answers");
  }

  List<String> names(List<String> competencyIds) {
    return competencyIds.stream().map(this::name).toList();
  }

  String name(String competencyId) {
    return framework.competency(competencyId).map(Competency::name).orElse(competencyId);
  }

  String date(Instant at) {
    return dates.format(at);
  }
}
