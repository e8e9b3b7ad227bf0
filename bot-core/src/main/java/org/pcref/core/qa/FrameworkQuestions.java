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
  private final CommandUsage usage;
  private final FrameworkPhrases phrases;

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
    this.usage = new CommandUsage(this.commands);
    this.phrases = new FrameworkPhrases(framework);
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
    Optional<Reply> aboutTheBot = aboutTheBot(q, namesNothing);
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
      return aboutCompetencies(q, competencies, context);
    }
    return withoutCompetency(q, context);
  }

  /**
   * A question about the bot: the guide's own answer, or the help line of the command that does
   * what is asked. A help line that shares more than one word with a "how do I" question answers it
   * over a guide's answer for another command; otherwise the guide, which says more, answers first.
   */
  private Optional<Reply> aboutTheBot(Question q, boolean namesNothing) {
    List<String> said = Words.of(q.text());
    if (phrases.quoted(said)) {
      return Optional.empty(); // "where does it talk about you said we did"
    }
    Optional<BotGuide.Topic> guide = BotGuide.topic(q);
    Optional<CommandUsage.Found> help =
        namesNothing && !q.has(Cue.CONTACT) && CommandUsage.asksHow(said)
            ? usage.answer(said).filter(found -> found.score() >= 1.5 || !q.has(Cue.HELP))
            : Optional.empty();
    if (help.isPresent()
        && (guide.isEmpty()
            || (help.get().specific()
                && !sameCommand(guide.get().command(), help.get().command())))) {
      return Optional.of(help.get().reply());
    }
    return guide.map(BotGuide.Topic::reply);
  }

  private static boolean sameCommand(String a, String b) {
    return a.split(" ")[0].equals(b.split(" ")[0]);
  }

  private Answer aboutCompetencies(Question q, List<Competency> competencies, QaContext context) {
    List<Level> levels = q.namedLevels();
    Subject subject = subjectOf(q, levels, context);
    Level level = levels.isEmpty() ? context.level() : levels.get(0);
    List<Competency> answered = competencies.subList(0, Math.min(competencies.size(), 2));
    List<Reply> replies = new ArrayList<>();
    if (answered.size() == 2 && subject == Subject.COMPARE && levels.size() < 2) {
      return sideBySide(answered, levels, context);
    }
    for (Competency c : answered) {
      replies.addAll(alongside(q, c, subject, levels));
      if (subject == Subject.LEVEL && levels.size() >= 2 && !q.has(Cue.COMPARE)) {
        levels.forEach(each -> replies.add(cards.level(c, each))); // "show me Developing and Good"
      } else {
        replies.add(reply(c, subject, levels, level, q));
      }
    }
    Competency last = answered.get(answered.size() - 1);
    return new Answer(replies, new QaContext(last.id(), level, subject), true);
  }

  /**
   * What else a question asks of a competency besides its main part: the definition ("define X and
   * show Good"), the aims ("aims and Outstanding"), each quoted before the main answer.
   */
  private List<Reply> alongside(Question q, Competency c, Subject subject, List<Level> levels) {
    List<Reply> also = new ArrayList<>(2);
    boolean asksMore = !levels.isEmpty() || (q.has(Cue.AIMS) && subject != Subject.AIMS);
    if (q.asksWhatItIs() && subject != Subject.DEFINITION && asksMore) {
      also.add(cards.definition(c));
    }
    if (q.has(Cue.AIMS) && subject != Subject.AIMS && !levels.isEmpty()) {
      also.add(cards.aims(c));
    }
    if (q.asksWhatItIs() && q.has(Cue.AIMS) && levels.isEmpty() && subject == Subject.AIMS) {
      also.add(cards.definition(c)); // "co-learning definition and aims"
    }
    return also;
  }

  /**
   * Two competencies compared: their definitions side by side, then what each looks like at the
   * level asked, or a choice of level to compare them at.
   */
  private Answer sideBySide(List<Competency> two, List<Level> levels, QaContext context) {
    List<Reply> replies = new ArrayList<>();
    Competency a = two.get(0);
    Competency b = two.get(1);
    if (levels.isEmpty()) {
      replies.add(cards.definition(a));
      replies.add(cards.definition(b));
      replies.add(
          new Reply.Choices(
              "Compare " + a.name() + " and " + b.name() + " at which level?",
              java.util.Arrays.stream(Level.values())
                  .map(
                      l ->
                          Choice.ask(
                              l.label(),
                              "what does "
                                  + l.key()
                                  + " look like for "
                                  + a.name()
                                  + " and "
                                  + b.name()))
                  .toList()));
      return new Answer(replies, new QaContext(b.id(), null, Subject.DEFINITION), true);
    }
    Level level = levels.get(0);
    replies.add(cards.level(a, level));
    replies.add(cards.level(b, level));
    return new Answer(replies, new QaContext(b.id(), level, Subject.LEVEL), true);
  }

  /** What is asked of a competency, from the cues, or from the last question when elliptical. */
  private static Subject subjectOf(Question q, List<Level> levels, QaContext context) {
    if (levels.isEmpty() && q.has(Cue.STARTING) && !q.has(Cue.COMPARE)) {
      return Subject.START; // "we're only starting on co-production": below the first level
    }
    if (q.has(Cue.COMPARE)) {
      return Subject.COMPARE;
    }
    boolean tryingTo = q.words().contains("trying") || q.words().contains("aiming");
    if (levels.isEmpty() && tryingTo && q.has(Cue.AIMS)) {
      return Subject.AIMS; // "what is it trying to achieve": its aims, not the next step
    }
    if (q.has(Cue.NEXT) || (levels.size() >= 2 && q.words().contains("to"))) {
      return Subject.NEXT;
    }
    if (levels.size() >= 2) {
      return q.words().contains("and") && !q.words().contains("between")
          ? Subject.LEVEL
          : Subject.COMPARE;
    }
    if (levels.size() == 1) {
      return Subject.LEVEL;
    }
    if (q.has(Cue.AIMS)) {
      return Subject.AIMS;
    }
    if (q.has(Cue.LEVELS)) {
      return Subject.LEVELS;
    }
    boolean onlyNamesACompetency =
        q.namedCompetencies().size() > 0 && (q.has(Cue.FOLLOW_UP) || q.words().size() <= 3);
    if (onlyNamesACompetency && context.subject() != null && context.level() != null) {
      return context.subject();
    }
    return Subject.DEFINITION;
  }

  private Reply reply(Competency c, Subject subject, List<Level> levels, Level level, Question q) {
    return switch (subject) {
      case COMPARE -> compare(c, levels, level);
      case NEXT -> next(c, levels, level, q);
      case LEVEL -> level == null ? cards.definition(c) : cards.level(c, level);
      case AIMS -> cards.aims(c);
      case LEVELS -> cards.allLevels(c);
      case DEFINITION -> cards.definition(c);
      case START -> cards.start(c);
    };
  }

  private Reply compare(Competency c, List<Level> levels, Level level) {
    if (levels.size() >= 2) {
      Level a = levels.get(0);
      Level b = levels.get(1);
      return a.compareTo(b) < 0 ? cards.compare(c, a, b) : cards.compare(c, b, a);
    }
    if (level != null) {
      return level
          .next()
          .map(next -> cards.compare(c, level, next))
          .orElseGet(() -> cards.compare(c, Level.GOOD, Level.OUTSTANDING));
    }
    return cards.allLevels(c);
  }

  private Reply next(Competency c, List<Level> levels, Level level, Question q) {
    if (levels.size() >= 2) {
      Level from = levels.get(0);
      Level to = levels.get(1);
      if (from.compareTo(to) > 0) {
        Level swap = from;
        from = to;
        to = swap;
      }
      return cards.progress(c, from, to);
    }
    if (levels.size() == 1) {
      boolean isTarget = TARGET_WORDS.contains(q.wordBeforeFirstLevel());
      Level named = levels.get(0);
      if (isTarget) {
        return named
            .previous()
            .map(from -> (Reply) cards.progress(c, from, named))
            .orElseGet(() -> cards.level(c, named));
      }
      return cards.next(c, named);
    }
    return level == null ? cards.whichStep(c) : cards.next(c, level);
  }

  private static final List<String> TARGET_WORDS =
      List.of("to", "reach", "achieve", "become", "get", "be", "towards", "into");

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
    if (levels.size() == 1 && (topic.isBlank() || q.has(Cue.EVERY)) && !q.has(Cue.SEARCH)) {
      Level level = levels.get(0);
      if (q.has(Cue.EVERY)) {
        return new Answer(
            acrossEveryCompetency(level), new QaContext(null, level, Subject.LEVEL), true);
      }
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
    List<String> named = new ArrayList<>(usage.commands());
    named.addAll(BotGuide.commands());
    return named;
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
