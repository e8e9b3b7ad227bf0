package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Card;
import org.pcref.core.message.Reply.Section;
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

  /** By the framework's own competencies, which are the ones asked about. */
  private final Map<Competency, CompetencyCards> byCompetency = new IdentityHashMap<>();

  private final Map<Level, Card> overviews = new EnumMap<>(Level.class);

  /** Writes the cards that quote the framework as it is, once: it never changes. */
  AnswerCards(Framework framework) {
    this.framework = framework;
    for (Competency c : framework.competencies()) {
      byCompetency.put(c, new CompetencyCards(c));
    }
    for (Level level : Level.values()) {
      overviews.put(level, writeOverview(level));
    }
  }

  Card definition(Competency c) {
    return cardsOf(c).definition();
  }

  Card aims(Competency c) {
    return cardsOf(c).aims();
  }

  Card level(Competency c, Level level) {
    return cardsOf(c).level(level);
  }

  Card allLevels(Competency c) {
    return cardsOf(c).allLevels();
  }

  Card compare(Competency c, Level lower, Level higher) {
    return cardsOf(c).compare(lower, higher);
  }

  /** From {@code from} to the next level up: what the next level asks for. */
  Card next(Competency c, Level from) {
    return cardsOf(c).next(from);
  }

  Card progress(Competency c, Level from, Level target) {
    return cardsOf(c).progress(from, target);
  }

  /** For a team only starting out: the first level, and the one after it. */
  Card start(Competency c) {
    return cardsOf(c).start();
  }

  /** Where is the team now? Offered when someone asks how to improve without saying from where. */
  Reply.Choices whichStep(Competency c) {
    return cardsOf(c).whichStep();
  }

  /** The cards written at the start, or, for a competency from elsewhere, written now. */
  private CompetencyCards cardsOf(Competency c) {
    CompetencyCards cards = byCompetency.get(c);
    return cards != null ? cards : new CompetencyCards(c);
  }

  /** One level across every competency, each quoted in brief, with a button to see it whole. */
  Card overview(Level level) {
    return overviews.get(level);
  }

  private Card writeOverview(Level level) {
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
        sections.add(
            Section.of(scope.label(), competencies.stream().map(Competency::name).toList()));
        competencies.forEach(c -> choices.add(Choice.ask(c.name(), "define " + c.name())));
      }
    }
    String title =
        only == null
            ? framework.name() + ": " + framework.competencies().size() + " competencies"
            : only.label() + " competencies";
    return new Card(
        title,
        "Each is described at three levels: Developing, Good, Outstanding.",
        sections,
        "",
        choices);
  }

  Card levels() {
    List<Choice> choices = new ArrayList<>();
    for (Level level : Level.values()) {
      choices.add(Choice.ask(level.label(), "what does " + level.key() + " mean"));
    }
    return new Card(
        "The three levels",
        "Every competency describes what each level looks like, lowest first.",
        List.of(
            Section.of(
                "",
                List.of(Level.DEVELOPING.label(), Level.GOOD.label(), Level.OUTSTANDING.label()))),
        "",
        choices);
  }

  /** Whom to contact about the framework, as the framework gives it. */
  Card contact() {
    return new Card(
        "Who to contact",
        "About the " + framework.name(),
        List.of(Section.of("", List.of(framework.contact()))),
        "",
        List.of(Choice.ask("List competencies", "list all competencies")));
  }

  Reply.Choices whichCompetency(String question) {
    List<Choice> choices = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      choices.add(Choice.ask(c.name(), question + " for " + c.name()));
    }
    return new Reply.Choices("Which competency?", choices);
  }

  /** The start of a quote, cut at a word and marked with an ellipsis so it never reads as whole. */
  static String shorten(String text) {
    if (text.length() <= OVERVIEW_QUOTE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', OVERVIEW_QUOTE_LENGTH);
    return TRAILING_PUNCTUATION
            .matcher(text.substring(0, cut > 0 ? cut : OVERVIEW_QUOTE_LENGTH))
            .replaceAll("")
        + "…";
  }
}
