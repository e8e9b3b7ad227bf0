package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.pcref.core.conversation.Choice;
import org.pcref.core.conversation.Reply;
import org.pcref.core.conversation.Reply.Card;
import org.pcref.core.conversation.Reply.Item;
import org.pcref.core.conversation.Reply.Section;
import org.pcref.framework.Aim;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;
import org.pcref.framework.Scope;

/**
 * Writes answers as cards that quote the framework word for word, headed by competency and level,
 * each with buttons to see more.
 */
final class AnswerCards {

  private static final int OVERVIEW_QUOTE_LENGTH = 90;
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]$");

  private final Framework framework;

  AnswerCards(Framework framework) {
    this.framework = framework;
  }

  Card definition(Competency c) {
    return new Card(
        c.name(),
        c.scope().label() + " competency",
        List.of(Section.of("Definition", List.of(c.definition()))),
        "",
        withAims(c, levelChoices(c, null)));
  }

  Card aims(Competency c) {
    List<Item> items = new ArrayList<>();
    for (Aim aim : c.aims()) {
      items.add(new Item(aim.text(), aim.items()));
    }
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.ask("Definition", "define " + c.name()));
    choices.addAll(levelChoices(c, null));
    return new Card(c.name() + " — aims", "", List.of(new Section("Aims", items)), "", choices);
  }

  Card level(Competency c, Level level) {
    List<Choice> choices = new ArrayList<>(levelChoices(c, level));
    level.next().ifPresent(next -> choices.add(0, nextStep(c, level, next)));
    return new Card(
        c.name() + " — " + level.label(),
        "What " + level.label() + " looks like",
        List.of(Section.of(level.label(), c.descriptors(level))),
        "",
        withDefinition(c, choices));
  }

  Card allLevels(Competency c) {
    List<Section> sections = new ArrayList<>();
    for (Level level : Level.values()) {
      sections.add(Section.of(level.label(), c.descriptors(level)));
    }
    return new Card(
        c.name() + " — all levels", "", sections, "", withAims(c, List.of(Choice.ask("Definition", "define " + c.name()))));
  }

  Card compare(Competency c, Level lower, Level higher) {
    return new Card(
        c.name() + " — " + lower.label() + " and " + higher.label(),
        "What each level looks like",
        List.of(
            Section.of(lower.label(), c.descriptors(lower)),
            Section.of(higher.label(), c.descriptors(higher))),
        "",
        levelChoices(c, null));
  }

  /** From {@code from} to the next level up: what the next level asks for. */
  Card next(Competency c, Level from) {
    Level target = from.next().orElse(null);
    if (target == null) {
      return new Card(
          c.name() + " — " + from.label(),
          from.label() + " is the highest level. To stay there:",
          List.of(Section.of(from.label(), c.descriptors(from))),
          "",
          levelChoices(c, from));
    }
    return progress(c, from, target);
  }

  Card progress(Competency c, Level from, Level target) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.ask("See " + from.label(), c.name() + " " + from.key()));
    target.next().ifPresent(after -> choices.add(nextStep(c, target, after)));
    return new Card(
        c.name() + " — from " + from.label() + " to " + target.label(),
        "What " + target.label() + " looks like",
        List.of(Section.of(target.label(), c.descriptors(target))),
        "",
        choices);
  }

  /** Where is the team now? Offered when someone asks how to improve without saying from where. */
  Reply.Choices whichStep(Competency c) {
    List<Choice> choices = new ArrayList<>();
    for (Level level : Level.values()) {
      level.next().ifPresent(next -> choices.add(nextStep(c, level, next)));
    }
    return new Reply.Choices("Where is your team now in " + c.name() + "?", choices);
  }

  /** One level across every competency, each quoted in brief, with a button to see it whole. */
  Card overview(Level level) {
    List<Section> sections = new ArrayList<>();
    List<Choice> choices = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      List<String> descriptors = c.descriptors(level);
      String first = shorten(descriptors.get(0));
      String more = descriptors.size() > 1 ? " (+" + (descriptors.size() - 1) + " more)" : "";
      sections.add(Section.of(c.name(), List.of(first + more)));
      choices.add(Choice.ask(c.name(), c.name() + " " + level.key()));
    }
    return new Card(
        level.label() + " across the " + framework.competencies().size() + " competencies",
        "The first descriptor of each; pick a competency to see all of " + level.label() + ".",
        sections,
        "",
        choices);
  }

  Card list(Scope only) {
    List<Section> sections = new ArrayList<>();
    List<Choice> choices = new ArrayList<>();
    for (Scope scope : Scope.values()) {
      List<Competency> competencies = framework.competencies(scope);
      if ((only == null || only == scope) && !competencies.isEmpty()) {
        sections.add(Section.of(scope.label(), competencies.stream().map(Competency::name).toList()));
        competencies.forEach(c -> choices.add(Choice.ask(c.name(), "define " + c.name())));
      }
    }
    String title =
        only == null
            ? framework.name() + ": " + framework.competencies().size() + " competencies"
            : only.label() + " competencies";
    return new Card(title, "Each is described at three levels: Developing, Good, Outstanding.", sections, "", choices);
  }

  Card levels() {
    List<Choice> choices = new ArrayList<>();
    for (Level level : Level.values()) {
      choices.add(Choice.ask(level.label(), "what does " + level.key() + " mean"));
    }
    return new Card(
        "The three levels",
        "Every competency describes what each level looks like, lowest first.",
        List.of(Section.of("", List.of(Level.DEVELOPING.label(), Level.GOOD.label(), Level.OUTSTANDING.label()))),
        "",
        choices);
  }

  Card found(Passage best, List<Passage> others, String topic) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.ask("All of " + placeOf(best), questionFor(best)));
    List<String> alsoIn = new ArrayList<>();
    for (Passage other : others) {
      String where = other.competency().name() + " (" + other.place() + ")";
      if (!alsoIn.contains(where) && !placeOf(other).equals(placeOf(best))) {
        alsoIn.add(where);
        choices.add(Choice.ask(where, questionFor(other)));
      }
    }
    return new Card(
        placeOf(best),
        "Best match for “" + topic + "”",
        List.of(Section.of("", List.of(best.text()))),
        alsoIn.isEmpty() ? "" : "Also in: " + String.join(", ", alsoIn),
        choices);
  }

  Reply.Choices whichCompetency(String question) {
    List<Choice> choices = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      choices.add(Choice.ask(c.name(), question + " for " + c.name()));
    }
    return new Reply.Choices("Which competency?", choices);
  }

  private static String placeOf(Passage p) {
    return p.competency().name() + " — " + p.place();
  }

  private static String questionFor(Passage p) {
    return switch (p.part()) {
      case DEFINITION -> "define " + p.competency().name();
      case AIM -> "aims of " + p.competency().name();
      case DESCRIPTOR -> p.competency().name() + " " + p.level().key();
    };
  }

  private static Choice nextStep(Competency c, Level from, Level to) {
    return Choice.ask(
        from.label() + " → " + to.label(),
        "how do we move from " + from.key() + " to " + to.key() + " in " + c.name());
  }

  private static List<Choice> levelChoices(Competency c, Level except) {
    List<Choice> choices = new ArrayList<>();
    for (Level level : Level.values()) {
      if (level != except) {
        choices.add(Choice.ask(level.label(), c.name() + " " + level.key()));
      }
    }
    return choices;
  }

  private static List<Choice> withAims(Competency c, List<Choice> choices) {
    List<Choice> all = new ArrayList<>(choices);
    all.add(Choice.ask("Aims", "aims of " + c.name()));
    return all;
  }

  private static List<Choice> withDefinition(Competency c, List<Choice> choices) {
    List<Choice> all = new ArrayList<>(choices);
    all.add(Choice.ask("Definition", "define " + c.name()));
    return all;
  }

  /** The start of a quote, cut at a word and marked with an ellipsis so it never reads as whole. */
  static String shorten(String text) {
    if (text.length() <= OVERVIEW_QUOTE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', OVERVIEW_QUOTE_LENGTH);
    return TRAILING_PUNCTUATION.matcher(text.substring(0, cut > 0 ? cut : OVERVIEW_QUOTE_LENGTH)).replaceAll("")
        + "…";
  }
}
