package org.pcref.core.qa;

import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.QaContext.Subject;
import org.pcref.framework.Competency;
import org.pcref.framework.Level;

/**
 * Answers about the competencies a question names: what is asked of each (a level, the next step,
 * two levels side by side, the aims, the definition), and what else it asks alongside ("define X
 * and show Good"), or two competencies compared.
 */
final class CompetencyAnswers {

  private final AnswerCards cards;

  CompetencyAnswers(AnswerCards cards) {
    this.cards = cards;
  }

  Answer about(Question q, List<Competency> competencies, QaContext context) {
    List<Level> levels = q.namedLevels();
    Subject subject = subjectOf(q, levels, context);
    Level level = levels.isEmpty() ? context.level() : levels.get(0);
    List<Competency> answered = competencies.subList(0, Math.min(competencies.size(), 2));
    if (answered.size() == 2 && subject == Subject.COMPARE && levels.size() < 2) {
      return sideBySide(answered, levels, context);
    }
    List<Reply> replies = new ArrayList<>();
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
    boolean asksMore = !levels.isEmpty() || q.has(Cue.AIMS); // "definition and aims"
    if (q.asksWhatItIs() && subject != Subject.DEFINITION && asksMore) {
      also.add(cards.definition(c));
    }
    if (q.has(Cue.AIMS) && subject != Subject.AIMS && !levels.isEmpty()) {
      also.add(cards.aims(c));
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
}
