package org.pcref.core.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.QaContext.Subject;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;
import org.pcref.framework.Scope;

/**
 * Answers questions about the framework by quoting it: what a competency is, its aims, what a level
 * looks like, how to get from one level to the next, and which competency mentions a topic. A pure
 * function of the question and what the conversation was last about.
 */
public final class FrameworkQuestions {

  static final List<String> EXAMPLES =
      List.of(
          "what does Good look like for Cultural Awareness?",
          "how do we move from Developing to Good in Intersectionality?",
          "which competency mentions the WRES?");

  private static final List<Choice> EXAMPLE_CHOICES =
      EXAMPLES.stream().map(e -> Choice.ask(e, e)).toList();

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[?.!]+$");

  private final Framework framework;
  private final CompetencyNames names;

  private final TopicAnswers topics;

  private final AnswerCards cards;
  private final List<String> commands;
  private final AboutTheBot aboutTheBot;
  private final CompetencyAnswers competencyAnswers;

  public FrameworkQuestions(Framework framework) {
    this(framework, List.of());
  }

  /**
   * @param commands what else the bot does, one line each, listed in the help
   */
  public FrameworkQuestions(Framework framework, List<String> commands) {
    this.framework = framework;
    this.commands = List.copyOf(commands);
    this.names = new CompetencyNames(framework);
    this.topics = new TopicAnswers(framework, EXAMPLE_CHOICES);
    this.cards = new AnswerCards(framework);
    this.aboutTheBot = new AboutTheBot(framework, this.commands);
    this.competencyAnswers = new CompetencyAnswers(cards);
  }

  /**
   * The answer to {@code text}, asked after {@code context}. Answering is pure (the framework does
   * not change) and the same questions come again and again: answers are kept a while, in memory
   * only, and never longer than an hour unasked.
   */
  public Answer answer(String text, QaContext context) {
    return kept.get(new Asked(text, context), asked -> answerAfresh(asked.text(), asked.context()));
  }

  /** A question and what was asked before it. */
  private record Asked(String text, QaContext context) {}

  private final Cache<Asked, Answer> kept =
      Caffeine.newBuilder().maximumSize(1_024).expireAfterAccess(Duration.ofHours(1)).build();

  private Answer answerAfresh(String text, QaContext context) {
    Question q = Question.read(text, names);
    if (q.isBlank()) {
      return new Answer(List.of(Words.hasLetters(text) ? notInEnglish() : help()), context, true);
    }
    boolean namesNothing = q.competencies().isEmpty() && q.levels().isEmpty();
    Optional<Reply> aboutTheBot = this.aboutTheBot.answer(q, namesNothing);
    if (aboutTheBot.isPresent()) {
      return new Answer(List.of(aboutTheBot.get()), context, true);
    }
    if (q.has(Cue.HELP) && namesNothing && (q.topic().isBlank() || q.words().size() <= 3)) {
      return new Answer(List.of(help()), context, true);
    }
    if (q.has(Cue.CONTACT) && q.competencies().isEmpty() && !framework.contact().isEmpty()) {
      return new Answer(List.of(cards.contact()), context, true);
    }
    if (q.has(Cue.SEARCH)
        && !q.topic().isBlank()
        && !(q.competencies().size() > 0 && (q.levels().size() > 0 || q.has(Cue.STARTING)))) {
      Answer found = topics.about(q.topic(), context);
      if (found != null || namesNothing) {
        return found != null ? found : outOfScope(q, context);
      }
    }
    List<Competency> competencies = q.namedCompetencies();
    boolean needsACompetency = q.has(Cue.NEXT) || q.has(Cue.COMPARE) || q.has(Cue.AIMS);
    if (competencies.isEmpty()
        && (q.isElliptical() || needsACompetency)
        && context.competencyId() != null) {
      competencies = framework.competency(context.competencyId()).stream().toList();
    }
    if (!competencies.isEmpty()) {
      return competencyAnswers.about(q, competencies, context);
    }
    return withoutCompetency(q, context);
  }

  private Answer withoutCompetency(Question q, QaContext context) {
    List<Level> levels = q.namedLevels();
    String topic = q.topic();
    if (levels.size() == 1 && q.has(Cue.EVERY) && !q.has(Cue.SEARCH) && !q.has(Cue.COMPARE)) {
      Level level = levels.get(0); // "every competency's Good level in one go"
      return new Answer(
          acrossEveryCompetency(level), new QaContext(null, level, Subject.LEVEL), true);
    }
    if ((q.has(Cue.NEXT) || q.has(Cue.COMPARE) || q.has(Cue.AIMS)) && !q.has(Cue.LIST)) {
      if (!topic.isBlank()) {
        // "how should we work with community champions?": a topic, not a competency
        Answer found = topics.about(topic, context);
        return found != null ? found : outOfScope(q, context);
      }
      String question = TRAILING_PUNCTUATION.matcher(q.text().strip()).replaceAll("");
      return new Answer(List.of(cards.whichCompetency(question)), context, true);
    }
    if (levels.size() == 1 && topic.isBlank()) {
      Level level = levels.get(0);
      return new Answer(
          List.of(cards.overview(level)), new QaContext(null, level, Subject.LEVEL), true);
    }
    if (q.has(Cue.LEVELS) && levels.isEmpty() && topic.isBlank()) {
      return new Answer(List.of(cards.levels()), context, true);
    }
    if (q.has(Cue.LIST) && topic.isBlank()) {
      boolean national = q.words().contains("national");
      boolean local = q.words().contains("local");
      Scope scope = national && !local ? Scope.NATIONAL : local && !national ? Scope.LOCAL : null;
      return new Answer(List.of(cards.list(scope)), context, true);
    }
    Answer found = topics.about(topic, context);
    return found != null ? found : outOfScope(q, context);
  }

  /** One level of every competency, each quoted whole: "Good across the framework". */
  private List<Reply> acrossEveryCompetency(Level level) {
    List<Reply> replies = new ArrayList<>();
    replies.add(
        new Reply.Text(
            level.label()
                + " in each of the "
                + framework.competencies().size()
                + " competencies:"));
    for (Competency c : framework.competencies()) {
      replies.add(cards.level(c, level));
    }
    return replies;
  }

  /** Nothing in the framework is about the question: say so, never quote something unrelated. */
  private Answer outOfScope(Question q, QaContext context) {
    String topic = q.topic();
    boolean readable = topic.chars().filter(Character::isLetter).count() >= 3;
    return readable ? topics.notCovered(topic, context) : new Answer(fallback(), context, false);
  }

  /** The first competency a text names, however written ("co-prod", "wrkforce"). */
  public Optional<Competency> competencyIn(String text) {
    return names.find(Words.of(text)).stream().map(CompetencyNames.Found::competency).findFirst();
  }

  /**
   * The level a short answer names ("good", "I'd say Outstanding"), or empty when it names none or
   * several, or is long enough to be a question rather than an answer.
   */
  public Optional<Level> levelAnswer(String text) {
    Question q = Question.read(text, names);
    List<Level> levels = q.namedLevels();
    boolean short_ = q.words().size() <= 4 && q.competencies().isEmpty();
    boolean asks =
        q.has(Cue.COMPARE) || q.has(Cue.NEXT) || q.has(Cue.SEARCH) || q.words().contains("what");
    return short_ && !asks && levels.size() == 1 ? Optional.of(levels.get(0)) : Optional.empty();
  }

  /**
   * Every command an answer about the bot tells people to type, whether from the commands' help or
   * the bot's own guide: each must be a command the bot has.
   */
  public List<String> commandsNamed() {
    return aboutTheBot.commandsNamed();
  }

  /** All three levels of one competency: what each looks like. */
  public Reply allLevels(Competency competency) {
    return cards.allLevels(competency);
  }

  /** What a level looks like for a competency, quoted. */
  public Reply level(Competency competency, Level level) {
    return cards.level(competency, level);
  }

  public Reply.Card help() {
    List<Reply.Section> sections = new java.util.ArrayList<>();
    sections.add(
        Reply.Section.of(
            "Try",
            List.of(
                "what does Good look like for Cultural Awareness?",
                "define co-learning",
                "how do we move from Developing to Good in Intersectionality?",
                "which competency mentions the WRES?",
                "list all competencies")));
    if (!commands.isEmpty()) {
      sections.add(Reply.Section.of("Commands", commands));
    }
    return new Reply.Card(
        "Ask me about the " + framework.name(),
        "I answer in the framework’s own words.",
        sections,
        "",
        List.of(
            Choice.ask("List competencies", "list all competencies"),
            Choice.ask("The levels", "what are the levels"),
            Choice.ask("What does Good mean?", "what does good mean")));
  }

  /** A question in a script the bot cannot read yet: say what it can do, and in which language. */
  private Reply notInEnglish() {
    return new Reply.Choices(
        "I can only answer questions about the framework in English for now. Check-in notes and"
            + " team names can be in any language.",
        EXAMPLE_CHOICES);
  }

  private List<Reply> fallback() {
    return List.of(
        new Reply.Text(
            "Sorry, I didn’t catch that. I can answer questions about the "
                + framework.name()
                + "."),
        new Reply.Choices("You could ask:", EXAMPLE_CHOICES));
  }
}
