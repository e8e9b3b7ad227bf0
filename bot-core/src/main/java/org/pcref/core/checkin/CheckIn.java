package org.pcref.core.checkin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pcref.core.team.TeamLevel;

/**
 * A check-in in progress, as data: the competencies planned, which one and which question it is on,
 * the level chosen so far, and every answer already given. Saved after every turn, so that a
 * restart continues at the same question with nothing lost.
 *
 * @param chosen the level chosen for the current competency (on the note step), or the level
 *     suggested (on the confirm step); otherwise null
 * @param checked the detailed path's answers for the current competency, lowest level first
 * @param turn how many turns the check-in has had; names the rating a turn records, so a turn
 *     replayed after a crash cannot record it twice
 */
public record CheckIn(
    String id,
    String teamId,
    String startedById,
    Instant startedAt,
    Instant lastActivityAt,
    List<String> competencyIds,
    int position,
    Step step,
    TeamLevel chosen,
    List<CheckedLevel> checked,
    List<CompetencyAnswer> answers,
    boolean paused,
    int turn) {

  public CheckIn {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(teamId, "teamId");
    competencyIds = List.copyOf(competencyIds);
    Objects.requireNonNull(step, "step");
    checked = checked == null ? List.of() : List.copyOf(checked);
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  static CheckIn start(
      String id, String teamId, String byId, Instant now, List<String> competencyIds) {
    return new CheckIn(
        id,
        teamId,
        byId,
        now,
        now,
        competencyIds,
        0,
        Step.CHOOSE_LEVEL,
        null,
        List.of(),
        List.of(),
        false,
        0);
  }

  public String competencyId() {
    return competencyIds.get(position);
  }

  CheckIn touched(Instant now) {
    return new CheckIn(
        id,
        teamId,
        startedById,
        startedAt,
        now,
        competencyIds,
        position,
        step,
        chosen,
        checked,
        answers,
        paused,
        turn + 1);
  }

  CheckIn at(Step newStep, TeamLevel newChosen, List<CheckedLevel> newChecked) {
    return new CheckIn(
        id,
        teamId,
        startedById,
        startedAt,
        lastActivityAt,
        competencyIds,
        position,
        newStep,
        newChosen,
        newChecked,
        answers,
        paused,
        turn);
  }

  /** On to the next competency, with this one's answer kept. */
  CheckIn answered(CompetencyAnswer answer) {
    List<CompetencyAnswer> all = new ArrayList<>(answers);
    all.removeIf(a -> a.competencyId().equals(answer.competencyId()));
    all.add(answer);
    return new CheckIn(
        id,
        teamId,
        startedById,
        startedAt,
        lastActivityAt,
        competencyIds,
        position + 1,
        Step.CHOOSE_LEVEL,
        null,
        List.of(),
        all,
        paused,
        turn);
  }

  /** Back to the level question of the previous competency. */
  CheckIn backToPrevious() {
    return new CheckIn(
        id,
        teamId,
        startedById,
        startedAt,
        lastActivityAt,
        competencyIds,
        position - 1,
        Step.CHOOSE_LEVEL,
        null,
        List.of(),
        answers,
        paused,
        turn);
  }

  CheckIn paused(boolean isPaused) {
    return new CheckIn(
        id,
        teamId,
        startedById,
        startedAt,
        lastActivityAt,
        competencyIds,
        position,
        step,
        chosen,
        checked,
        answers,
        isPaused,
        turn);
  }

  public boolean isFinished() {
    return position >= competencyIds.size();
  }
}
