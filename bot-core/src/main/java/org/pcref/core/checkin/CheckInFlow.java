package org.pcref.core.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Typed;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.qa.QaContext;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;

/**
 * The check-in as a pure function: a state and one input in, the next state, the replies and the
 * rating to record out. Nothing here reads a clock or a store.
 */
final class CheckInFlow {

  static final int LONGEST_NOTE = 1_000;

  private static final Set<String> YES =
      Set.of("yes", "y", "ok", "okay", "confirm", "correct", "agree", "yes please", "sounds right");
  private static final Set<String> ALL =
      Set.of("all", "all of them", "yes", "all true", "every one");
  private static final Set<String> NONE = Set.of("none", "none of them", "no", "nothing");
  private static final Set<String> NO_NOTE =
      Set.of("skip", "no", "none", "no note", "nothing", "n a", "na", "skip note");
  private static final Set<String> NOT_YET =
      Set.of(
          "not yet",
          "not yet developing",
          "not developing",
          "below developing",
          "none yet",
          "not started");

  /** Asking for help is never the evidence note itself. */
  private static final Set<String> NOT_A_NOTE = Set.of("help", "what can you do", "commands");

  private static final Set<String> DETAILED =
      Set.of(
          "detailed",
          "details",
          "checklist",
          "descriptors",
          "go through the descriptors",
          "check descriptors");

  private final Framework framework;
  private final FrameworkQuestions questions;
  private final CheckInPrompts prompts;

  CheckInFlow(Framework framework, FrameworkQuestions questions, CheckInPrompts prompts) {
    this.framework = framework;
    this.questions = questions;
    this.prompts = prompts;
  }

  Transition handle(CheckIn c, Input in, Turn turn) {
    if (in.isButton()) {
      String answer = in.answerFor(c);
      if (answer == null) {
        return stay(
            c,
            turn,
            new Reply.Text(
                "That button belongs to a question already answered. Here is where we are:"));
      }
      Move move = moveOf(answer);
      return move != null ? onMove(c, move, turn) : onButton(c, answer, in, turn);
    }
    Move move = Move.of(in.text());
    if (move != null) {
      return onMove(c, move, turn);
    }
    return switch (c.step()) {
      case CHOOSE_LEVEL -> onLevelText(c, in.text(), turn);
      case CHECKLIST -> onChecklistText(c, in.text(), turn);
      case CONFIRM -> onConfirmText(c, in.text(), turn);
      case NOTE -> onNote(c, in.text(), turn);
    };
  }

  private static Move moveOf(String answer) {
    return switch (answer) {
      case "skip" -> Move.SKIP;
      case "back" -> Move.BACK;
      case "pause" -> Move.PAUSE;
      case "cancel" -> Move.CANCEL;
      default -> null;
    };
  }

  private Transition onButton(CheckIn c, String answer, Input in, Turn turn) {
    if (answer.startsWith("level:")) {
      return chose(c, TeamLevel.valueOf(answer.substring("level:".length())), turn);
    }
    return switch (answer) {
      case "levels" ->
          new Transition(c, with(questions.allLevels(competency(c)), prompts.ask(c, turn)), null);
      case "detailed" -> checklist(c.at(Step.CHECKLIST, null, List.of()), turn);
      case "ticked" -> ticked(c, in.ticked(), turn);
      case "all" -> checked(c, allOf(c), turn);
      case "none" -> checked(c, List.of(), turn);
      case "confirm" -> chose(c, c.chosen(), turn);
      case "nonote" -> record(c, "", turn);
      default ->
          stay(c, turn, new Reply.Text("That button belongs to a question already answered."));
    };
  }

  private Transition onLevelText(CheckIn c, String text, Turn turn) {
    String normal = Move.normal(text);
    if (NOT_YET.contains(normal)) {
      return chose(c, TeamLevel.NOT_YET_DEVELOPING, turn);
    }
    if (DETAILED.contains(normal)) {
      return checklist(c.at(Step.CHECKLIST, null, List.of()), turn);
    }
    Optional<Level> level = questions.levelAnswer(text);
    if (level.isPresent()) {
      return chose(c, TeamLevel.of(level.get()), turn);
    }
    return interruption(c, text, turn, "Please choose the level that fits your team now.");
  }

  private Transition onChecklistText(CheckIn c, String text, Turn turn) {
    String normal = Move.normal(text);
    if (ALL.contains(normal)) {
      return checked(c, allOf(c), turn);
    }
    if (NONE.contains(normal)) {
      return checked(c, List.of(), turn);
    }
    if (normal.matches("[0-9 ]+|([0-9]+( and | )?)+")) {
      List<Integer> numbers = new ArrayList<>();
      int of = allOf(c).size();
      for (String n : normal.replace("and", " ").trim().split("\\s+")) {
        int number = Integer.parseInt(n);
        if (number < 1 || number > of) {
          return stay(
              c,
              turn,
              new Reply.Text(
                  "There is no descriptor "
                      + number
                      + " here: choose numbers from 1 to "
                      + of
                      + "."));
        }
        numbers.add(number);
      }
      return checked(c, numbers, turn);
    }
    return interruption(
        c,
        text,
        turn,
        "Please say which descriptors are true: their numbers (e.g. 1 3), all or none.");
  }

  private Transition onConfirmText(CheckIn c, String text, Turn turn) {
    String normal = Move.normal(text);
    if (YES.contains(normal)) {
      return chose(c, c.chosen(), turn);
    }
    if (NOT_YET.contains(normal)) {
      return chose(c, TeamLevel.NOT_YET_DEVELOPING, turn);
    }
    Optional<Level> level = questions.levelAnswer(text);
    if (level.isPresent()) {
      return chose(c, TeamLevel.of(level.get()), turn);
    }
    return interruption(c, text, turn, "Please confirm the suggested level, or choose another.");
  }

  private Transition onNote(CheckIn c, String text, Turn turn) {
    String note = text.strip();
    if (NO_NOTE.contains(Move.normal(note))) {
      return record(c, "", turn);
    }
    if (NOT_A_NOTE.contains(Move.normal(note)) || !Typed.saysSomething(note)) {
      return interruption(c, note, turn, "");
    }
    if (Typed.length(note) > LONGEST_NOTE) {
      return stay(
          c,
          turn,
          new Reply.Text(
              "That note is "
                  + Typed.length(note)
                  + " characters; please keep it under "
                  + LONGEST_NOTE
                  + "."));
    }
    return record(c, note, turn);
  }

  private Transition onMove(CheckIn c, Move move, Turn turn) {
    return switch (move) {
      case SKIP -> {
        if (c.step() == Step.NOTE) {
          yield record(c, "", turn);
        }
        CompetencyAnswer skipped =
            new CompetencyAnswer(c.competencyId(), null, "", previous(c, turn));
        yield next(c.answered(skipped), turn, null, skipped, List.of());
      }
      case BACK -> back(c, turn);
      case PAUSE -> new Transition(c.paused(true), List.of(prompts.paused(c)), null);
      case CANCEL -> new Transition(null, List.of(prompts.cancelled(c)), null);
    };
  }

  private Transition back(CheckIn c, Turn turn) {
    return switch (c.step()) {
      case CHOOSE_LEVEL ->
          c.position() == 0
              ? stay(c, turn, new Reply.Text("This is the first question of the check-in."))
              : new Transition(
                  c.backToPrevious(), List.of(prompts.ask(c.backToPrevious(), turn)), null);
      case CHECKLIST -> ask(c.at(Step.CHOOSE_LEVEL, null, List.of()), turn);
      case CONFIRM -> checklist(c.at(Step.CHECKLIST, null, List.of()), turn);
      case NOTE ->
          c.checked().isEmpty()
              ? ask(c.at(Step.CHOOSE_LEVEL, null, List.of()), turn)
              : new Transition(
                  c.at(Step.CONFIRM, proposal(c.checked()), c.checked()),
                  List.of(
                      prompts.confirm(
                          c.at(Step.CONFIRM, proposal(c.checked()), c.checked()), turn)),
                  null);
    };
  }

  /** A question or remark mid-check-in: answered, then the same question again. */
  private Transition interruption(CheckIn c, String text, Turn turn, String reprompt) {
    org.pcref.core.qa.Answer answer =
        questions.answer(text, new QaContext(c.competencyId(), null, QaContext.Subject.DEFINITION));
    List<Reply> replies = new ArrayList<>();
    if (answer.understood()) {
      replies.addAll(answer.replies());
    } else {
      replies.add(new Reply.Text("Sorry, I didn’t understand that. " + reprompt));
    }
    replies.addAll(prompts.current(c, turn));
    return new Transition(c, replies, null);
  }

  private Transition chose(CheckIn c, TeamLevel level, Turn turn) {
    CheckIn noting = c.at(Step.NOTE, level, c.checked());
    return new Transition(noting, List.of(prompts.note(noting)), null);
  }

  private Transition checklist(CheckIn c, Turn turn) {
    return new Transition(c, prompts.current(c, turn), null);
  }

  /**
   * The checklist card sent at once: the ids ticked are the descriptors' numbers on the card. An id
   * that is no number on it (a card from another version) is left out rather than refused.
   */
  private Transition ticked(CheckIn c, List<String> ids, Turn turn) {
    int of = allOf(c).size();
    List<Integer> numbers = new ArrayList<>();
    for (String id : ids) {
      if (id.matches("[0-9]{1,3}") && Integer.parseInt(id) >= 1 && Integer.parseInt(id) <= of) {
        numbers.add(Integer.parseInt(id));
      }
    }
    return checked(c, numbers, turn);
  }

  /**
   * The descriptors met, as numbers across the whole checklist, shared out to their levels; then
   * the suggested level, to confirm.
   */
  private Transition checked(CheckIn c, List<Integer> met, Turn turn) {
    List<CheckedLevel> checked = new ArrayList<>();
    int first = 1;
    for (Level level : Level.values()) {
      int of = competency(c).descriptors(level).size();
      List<Integer> ofLevel = new ArrayList<>();
      for (int i = 1; i <= of; i++) {
        if (met.contains(first + i - 1)) {
          ofLevel.add(i);
        }
      }
      checked.add(new CheckedLevel(level, ofLevel, of));
      first += of;
    }
    CheckIn confirming = c.at(Step.CONFIRM, proposal(checked), checked);
    return new Transition(confirming, List.of(prompts.confirm(confirming, turn)), null);
  }

  /** The highest level whose descriptors, and all lower levels' descriptors, are met. */
  static TeamLevel proposal(List<CheckedLevel> checked) {
    TeamLevel proposal = TeamLevel.NOT_YET_DEVELOPING;
    for (CheckedLevel level : checked) {
      if (!level.allMet()) {
        break;
      }
      proposal = TeamLevel.of(level.level());
    }
    return proposal;
  }

  private Transition record(CheckIn c, String note, Turn turn) {
    TeamLevel level = c.chosen();
    Rating rating =
        new Rating(
            c.id() + "/" + c.turn(),
            turn.team().id(),
            c.competencyId(),
            level,
            note,
            turn.personId(),
            turn.personName(),
            turn.now(),
            c.id());
    CompetencyAnswer given = new CompetencyAnswer(c.competencyId(), level, note, previous(c, turn));
    return next(c.answered(given), turn, rating, given, c.checked());
  }

  private Transition next(
      CheckIn c, Turn turn, Rating recorded, CompetencyAnswer given, List<CheckedLevel> checked) {
    if (c.isFinished()) {
      return new Transition(
          null, List.of(prompts.summary(c, turn)), recorded, given, checked, true);
    }
    return new Transition(c, prompts.current(c, turn), recorded, given, checked, false);
  }

  private Transition ask(CheckIn c, Turn turn) {
    return new Transition(c, prompts.current(c, turn), null);
  }

  private Transition stay(CheckIn c, Turn turn, Reply first) {
    return new Transition(c, with(first, prompts.current(c, turn)), null);
  }

  private TeamLevel previous(CheckIn c, Turn turn) {
    return turn.assessment()
        .currentExcept(c.competencyId(), c.id())
        .map(Rating::level)
        .orElse(null);
  }

  /** Every descriptor's number on the checklist, across all levels. */
  private List<Integer> allOf(CheckIn c) {
    List<Integer> all = new ArrayList<>();
    int number = 0;
    for (Level level : Level.values()) {
      for (int i = 0; i < competency(c).descriptors(level).size(); i++) {
        all.add(++number);
      }
    }
    return all;
  }

  private Competency competency(CheckIn c) {
    return framework.competency(c.competencyId()).orElseThrow();
  }

  private static List<Reply> with(Reply first, List<Reply> rest) {
    List<Reply> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static List<Reply> with(Reply first, Reply second) {
    return List.of(first, second);
  }
}
