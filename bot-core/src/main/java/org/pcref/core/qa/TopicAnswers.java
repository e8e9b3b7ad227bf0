package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Card;
import org.pcref.core.message.Reply.Section;
import org.pcref.core.qa.QaContext.Subject;
import org.pcref.framework.Framework;

/**
 * Answers a topic rather than a competency ("community champions", "board meetings"): every passage
 * of the framework that is about it, grouped by competency and place, each quoted whole; or, when
 * no passage is about it, says honestly that the framework does not cover it.
 */
final class TopicAnswers {

  /** More than this many passages would bury the answer: the best ones are shown. */
  private static final int MOST_PASSAGES = 12;

  private static final int MOST_BUTTONS = 8;

  private final Framework framework;

  /** Built in the background: most questions never need it, and building it takes a moment. */
  private final CompletableFuture<TopicSearch> search;

  private final List<Choice> examples;

  TopicAnswers(Framework framework, List<Choice> examples) {
    this.framework = framework;
    this.search = CompletableFuture.supplyAsync(() -> new TopicSearch(framework));
    this.examples = List.copyOf(examples);
  }

  /** Where the framework speaks of {@code topic}, or null when it does not. */
  Answer about(String topic, QaContext context) {
    List<TopicSearch.Hit> hits = relevant(topic);
    if (hits.isEmpty()) {
      return null;
    }
    Passage first = hits.get(0).passage();
    return new Answer(
        List.of(card(topic, hits)),
        new QaContext(
            first.competency().id(),
            first.level(),
            first.level() == null ? Subject.DEFINITION : Subject.LEVEL),
        true);
  }

  /** The honest answer to a topic the framework does not speak of. */
  Answer notCovered(String topic, QaContext context) {
    return new Answer(
        List.of(
            new Reply.Text(
                "Sorry, the framework doesn’t cover “"
                    + topic
                    + "”. I answer questions about the "
                    + framework.name()
                    + ", in its own words."),
            new Reply.Choices("You could ask:", examples)),
        context,
        false);
  }

  /**
   * The hits about the topic, in the framework's order: those with as many of its words as the best
   * hit has (or one fewer, for a topic of several words), and never a chance match.
   */
  private List<TopicSearch.Hit> relevant(String topic) {
    if (topic.isBlank()) {
      return List.of();
    }
    List<TopicSearch.Hit> hits = search.join().find(topic, 30);
    int best = hits.stream().mapToInt(TopicSearch.Hit::covered).max().orElse(0);
    int least = best >= 3 ? best - 1 : best;
    boolean anyAsAPhrase = hits.stream().anyMatch(TopicSearch.Hit::asAPhrase);
    List<TopicSearch.Hit> kept =
        new ArrayList<>(
            hits.stream()
                .filter(h -> h.relevant() && h.covered() >= least)
                .filter(h -> h.asAPhrase() || !anyAsAPhrase) // "community champions" together
                .toList());
    if (kept.size() > MOST_PASSAGES) {
      kept = new ArrayList<>(kept.subList(0, MOST_PASSAGES)); // best first, before reordering
    }
    kept.sort(java.util.Comparator.comparingInt(TopicSearch.Hit::order));
    return kept;
  }

  private Card card(String topic, List<TopicSearch.Hit> hits) {
    Map<String, List<Reply.Item>> byPlace = new LinkedHashMap<>();
    Map<String, String> askFor = new LinkedHashMap<>();
    List<String> competencies = new ArrayList<>();
    for (TopicSearch.Hit hit : hits) {
      Passage p = hit.passage();
      String place = p.competency().name() + " — " + p.place();
      byPlace
          .computeIfAbsent(place, k -> new ArrayList<>())
          .add(new Reply.Item(p.text(), p.items()));
      askFor.putIfAbsent(place, questionFor(p));
      if (!competencies.contains(p.competency().name())) {
        competencies.add(p.competency().name());
      }
    }
    List<Section> sections = new ArrayList<>();
    byPlace.forEach((place, items) -> sections.add(new Section(place, items)));
    List<Choice> choices = new ArrayList<>();
    askFor.forEach(
        (place, question) -> {
          if (choices.size() < MOST_BUTTONS) {
            choices.add(Choice.ask(place, question));
          }
        });
    String where =
        competencies.size() == 1
            ? "In " + competencies.get(0)
            : "In " + competencies.size() + " competencies: " + String.join(", ", competencies);
    return new Card("What the framework says about “" + topic + "”", where, sections, "", choices);
  }

  private static String questionFor(Passage p) {
    return switch (p.part()) {
      case DEFINITION -> "define " + p.competency().name();
      case AIM -> "aims of " + p.competency().name();
      case DESCRIPTOR -> p.competency().name() + " " + p.level().key();
    };
  }
}
