package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Card;
import org.pcref.core.message.Reply.Item;
import org.pcref.core.message.Reply.Section;
import org.pcref.framework.Aim;
import org.pcref.framework.Competency;
import org.pcref.framework.Level;

/**
 * Every card about one competency, quoting it word for word. All are written when the bot starts:
 * the framework never changes, nearly every answer is one of them, and there are only a few dozen.
 */
final class CompetencyCards {

  private final Card definition;
  private final Card aims;
  private final Card allLevels;
  private final Reply.Choices whichStep;
  private final Card start;
  private final Map<Level, Card> level;
  private final Map<Level, Card> next;
  private final Map<Level, Map<Level, Card>> compare;
  private final Map<Level, Map<Level, Card>> progress;

  CompetencyCards(Competency c) {
    definition = writeDefinition(c);
    aims = writeAims(c);
    allLevels = writeAllLevels(c);
    whichStep = writeWhichStep(c);
    start = writeStart(c);
    level = forEachLevel(l -> writeLevel(c, l));
    next = forEachLevel(l -> writeNext(c, l));
    compare = forEachPair((lower, higher) -> writeCompare(c, lower, higher));
    progress = forEachPair((from, target) -> writeProgress(c, from, target));
  }

  Card definition() {
    return definition;
  }

  Card aims() {
    return aims;
  }

  Card level(Level l) {
    return level.get(l);
  }

  Card allLevels() {
    return allLevels;
  }

  Card compare(Level lower, Level higher) {
    return compare.get(lower).get(higher);
  }

  /** From {@code from} to the next level up: what the next level asks for. */
  Card next(Level from) {
    return next.get(from);
  }

  Card progress(Level from, Level target) {
    return progress.get(from).get(target);
  }

  /** Where is the team now? Offered when someone asks how to improve without saying from where. */
  Reply.Choices whichStep() {
    return whichStep;
  }

  /** For a team only starting out: the first level, and the one after it. */
  Card start() {
    return start;
  }

  private static Map<Level, Card> forEachLevel(Function<Level, Card> write) {
    Map<Level, Card> cards = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      cards.put(l, write.apply(l));
    }
    return cards;
  }

  private static Map<Level, Map<Level, Card>> forEachPair(BiFunction<Level, Level, Card> write) {
    Map<Level, Map<Level, Card>> cards = new EnumMap<>(Level.class);
    for (Level first : Level.values()) {
      cards.put(first, forEachLevel(second -> write.apply(first, second)));
    }
    return cards;
  }

  private static Card writeDefinition(Competency c) {
    return new Card(
        c.name(),
        c.scope().label() + " competency",
        List.of(Section.of("Definition", List.of(c.definition()))),
        "",
        withAims(c, levelChoices(c, null)));
  }

  private static Card writeAims(Competency c) {
    List<Item> items = new ArrayList<>();
    for (Aim aim : c.aims()) {
      items.add(new Item(aim.text(), aim.items()));
    }
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.ask("Definition", "define " + c.name()));
    choices.addAll(levelChoices(c, null));
    return new Card(c.name() + " — aims", "", List.of(new Section("Aims", items)), "", choices);
  }

  private static Card writeLevel(Competency c, Level level) {
    List<Choice> choices = new ArrayList<>(levelChoices(c, level));
    level.next().ifPresent(next -> choices.add(0, nextStep(c, level, next)));
    return new Card(
        c.name() + " — " + level.label(),
        "What " + level.label() + " looks like",
        List.of(Section.of(level.label(), c.descriptors(level))),
        "",
        withDefinition(c, choices));
  }

  private static Card writeAllLevels(Competency c) {
    List<Section> sections = new ArrayList<>();
    for (Level level : Level.values()) {
      sections.add(Section.of(level.label(), c.descriptors(level)));
    }
    return new Card(
        c.name() + " — all levels",
        "",
        sections,
        "",
        withAims(c, List.of(Choice.ask("Definition", "define " + c.name()))));
  }

  private static Card writeCompare(Competency c, Level lower, Level higher) {
    return new Card(
        c.name() + " — " + lower.label() + " and " + higher.label(),
        "What each level looks like",
        List.of(
            Section.of(headingOf(c, lower), c.descriptors(lower)),
            Section.of(headingOf(c, higher), c.descriptors(higher))),
        "",
        levelChoices(c, null));
  }

  private static Card writeNext(Competency c, Level from) {
    Level target = from.next().orElse(null);
    if (target == null) {
      return new Card(
          c.name() + " — " + from.label(),
          from.label() + " is the highest level. To stay there:",
          List.of(Section.of(headingOf(c, from), c.descriptors(from))),
          "",
          levelChoices(c, from));
    }
    return writeProgress(c, from, target);
  }

  private static Card writeProgress(Competency c, Level from, Level target) {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.ask("See " + from.label(), c.name() + " " + from.key()));
    target.next().ifPresent(after -> choices.add(nextStep(c, target, after)));
    return new Card(
        c.name() + " — from " + from.label() + " to " + target.label(),
        "What " + target.label() + " looks like",
        List.of(Section.of(headingOf(c, target), c.descriptors(target))),
        "",
        choices);
  }

  /**
   * The heading of quoted descriptors that answer a question about moving on: it names the
   * competency and the level, as a level's own card does, so the quote reads whole on its own.
   */
  private static String headingOf(Competency c, Level level) {
    return c.name() + " — " + level.label();
  }

  private static Card writeStart(Competency c) {
    Level first = Level.values()[0];
    Level after = first.next().orElse(first);
    List<Choice> choices = new ArrayList<>();
    after.next().ifPresent(then -> choices.add(nextStep(c, after, then)));
    choices.add(Choice.ask("Definition", "define " + c.name()));
    choices.add(Choice.ask("Aims", "aims of " + c.name()));
    return new Card(
        c.name() + " — where to start",
        first.label() + " is the first level; " + after.label() + " comes next",
        List.of(
            Section.of(headingOf(c, first), c.descriptors(first)),
            Section.of(headingOf(c, after), c.descriptors(after))),
        "",
        choices);
  }

  private static Reply.Choices writeWhichStep(Competency c) {
    List<Choice> choices = new ArrayList<>();
    for (Level level : Level.values()) {
      level.next().ifPresent(next -> choices.add(nextStep(c, level, next)));
    }
    return new Reply.Choices("Where is your team now in " + c.name() + "?", choices);
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
}
