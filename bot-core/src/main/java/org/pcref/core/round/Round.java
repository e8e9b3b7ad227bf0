package org.pcref.core.round;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A team round: which team, on which competencies, who opened it and when, when it closes, whether
 * names are shown to the lead, and once closed, when and why. Answers and confirmations are kept
 * beside it in the {@link RoundStore}.
 *
 * @param channel the channel it was announced in (its summary goes there), or empty when it was
 *     started in a direct message
 * @param closedAt when it closed, or null while it is open
 * @param closing why it closed, or null while it is open
 * @param remindedAt when the halfway reminder went out, or null
 */
public record Round(
    String id,
    String teamId,
    List<String> competencyIds,
    String openedById,
    String openedByName,
    Instant openedAt,
    Instant closesAt,
    boolean namesShown,
    String channel,
    Instant closedAt,
    Closing closing,
    Instant remindedAt) {

  /** Why a round closed. */
  public enum Closing {
    TIME_UP,
    EVERYONE_ANSWERED,
    LEAD_CLOSED
  }

  public Round {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(teamId, "teamId");
    competencyIds = List.copyOf(competencyIds);
    if (competencyIds.isEmpty()) {
      throw new IllegalArgumentException("a round needs a competency");
    }
    Objects.requireNonNull(openedById, "openedById");
    openedByName = openedByName == null || openedByName.isBlank() ? openedById : openedByName;
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(closesAt, "closesAt");
    channel = channel == null ? "" : channel;
    if ((closedAt == null) != (closing == null)) {
      throw new IllegalArgumentException("a closed round says when and why");
    }
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** Whether its time is up at {@code now} (it may not have been closed yet). */
  public boolean isDue(Instant now) {
    return !now.isBefore(closesAt);
  }

  /** Halfway between opening and closing: when the reminder goes to those who have not answered. */
  public Instant halfway() {
    return openedAt.plus(java.time.Duration.between(openedAt, closesAt).dividedBy(2));
  }

  public Round closed(Instant at, Closing why) {
    return new Round(
        id,
        teamId,
        competencyIds,
        openedById,
        openedByName,
        openedAt,
        closesAt,
        namesShown,
        channel,
        at,
        why,
        remindedAt);
  }

  public Round reminded(Instant at) {
    return new Round(
        id,
        teamId,
        competencyIds,
        openedById,
        openedByName,
        openedAt,
        closesAt,
        namesShown,
        channel,
        closedAt,
        closing,
        at);
  }
}
