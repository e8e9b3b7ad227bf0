package org.pcref.core.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.team.Assessment;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamLevel;
import org.pcref.core.team.TeamStore;

/**
 * The check-in's questions asked of one person on their own, for a team round: the same level
 * buttons, "what each level means", descriptor checklist, note, skip, back and pause, but each
 * answer is handed back to the caller instead of being recorded in the team's history. The state is
 * a {@link CheckIn}, saved by the caller after every turn.
 */
public final class PrivateCheckIn {

  /**
   * One answer given: a level, or null when the person skipped the competency.
   *
   * @param checked the descriptor checklist behind the level, when the person went through it
   */
  public record Given(
      String competencyId, TeamLevel level, String note, List<CheckedLevel> checked) {
    public Given {
      note = note == null ? "" : note;
      checked = checked == null ? List.of() : List.copyOf(checked);
    }
  }

  /** How a turn left the questions: still going, all answered, paused or cancelled. */
  public enum End {
    NONE,
    FINISHED,
    PAUSED,
    CANCELLED
  }

  /**
   * The state to keep (null once ended, paused state when paused), the replies (the caller adds its
   * own words when the questions end), and the answer the turn gave, if any.
   */
  public record Outcome(CheckIn checkIn, List<Reply> replies, Given given, End end) {
    public Outcome {
      replies = List.copyOf(replies);
    }
  }

  private final CheckInFlow flow;
  private final CheckInPrompts prompts;
  private final TeamStore store;
  private final Clock clock;

  PrivateCheckIn(CheckInFlow flow, CheckInPrompts prompts, TeamStore store, Clock clock) {
    this.flow = flow;
    this.prompts = prompts;
    this.store = store;
    this.clock = clock;
  }

  /** The questions on {@code competencyIds} for one person; {@code id} names their buttons. */
  public CheckIn start(String id, Team team, String personId, List<String> competencyIds) {
    return CheckIn.start(id, team.id(), personId, clock.instant(), competencyIds);
  }

  /** The question the person is on. */
  public List<Reply> current(Inbound in, Team team, CheckIn checkIn) {
    return prompts.current(checkIn, turn(in, team));
  }

  /** Paused questions, ready to carry on. */
  public CheckIn resumed(CheckIn checkIn) {
    return checkIn.paused(false).touched(clock.instant());
  }

  /** Whether a check-in button's value belongs to these questions. */
  public static boolean owns(CheckIn checkIn, String buttonValue) {
    return buttonValue != null && buttonValue.startsWith(checkIn.id() + "/");
  }

  /** One turn: typed text, or the value of one of the questions' buttons. */
  public Outcome handle(Inbound in, Team team, CheckIn checkIn, String text, String button) {
    Turn turn = turn(in, team);
    Input input =
        button != null
            ? Input.pressed(button, in.action() == null ? List.of() : in.action().ticked())
            : Input.typed(text);
    Transition t = flow.handle(checkIn, input, turn);
    Given given =
        t.given() == null
            ? null
            : new Given(t.given().competencyId(), t.given().level(), t.given().note(), t.checked());
    if (t.finished()) {
      return new Outcome(null, List.of(), given, End.FINISHED);
    }
    if (t.next() == null) {
      return new Outcome(null, List.of(), given, End.CANCELLED);
    }
    if (t.next().paused()) {
      return new Outcome(t.next(), List.of(), given, End.PAUSED);
    }
    return new Outcome(t.next().touched(turn.now()), t.replies(), given, End.NONE);
  }

  private Turn turn(Inbound in, Team team) {
    Instant now = clock.instant();
    return new Turn(
        team, new Assessment(store.ratings(team.id())), in.key().user(), in.userName(), now);
  }
}
