package org.pcref.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText;
import org.pcref.core.qa.QaContext;
import org.pcref.core.round.RoundState;

/**
 * Everything the bot remembers about one conversation between turns, saved after every turn so a
 * restart or a second instance carries on where the last turn left off.
 *
 * @param qa what the last question was about, for follow-ups
 * @param checkIn the check-in in progress or paused here, or null
 * @param teamId in a direct message, the team the person chose to work with, or null
 * @param offered the choices the last turn numbered (see {@link PlainText}), so that typing a
 *     number picks one on every platform
 * @param round this person's part in a team round under way here (their private answers, or a
 *     lead's confirmation), or null
 */
public record ConversationState(
    QaContext qa,
    CheckIn checkIn,
    String teamId,
    Instant updatedAt,
    List<Choice> offered,
    RoundState round) {

  public ConversationState {
    qa = qa == null ? QaContext.NONE : qa;
    Objects.requireNonNull(updatedAt, "updatedAt");
    offered = offered == null ? List.of() : List.copyOf(offered);
  }

  public ConversationState(
      QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt, List<Choice> offered) {
    this(qa, checkIn, teamId, updatedAt, offered, null);
  }

  public ConversationState(QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt) {
    this(qa, checkIn, teamId, updatedAt, List.of(), null);
  }

  public static ConversationState fresh(Instant now) {
    return new ConversationState(QaContext.NONE, null, null, now);
  }

  public ConversationState withQa(QaContext context, Instant now) {
    return new ConversationState(context, checkIn, teamId, now, offered, round);
  }

  public ConversationState withCheckIn(CheckIn newCheckIn, Instant now) {
    return new ConversationState(qa, newCheckIn, teamId, now, offered, round);
  }

  public ConversationState withTeam(String newTeamId, Instant now) {
    return new ConversationState(qa, checkIn, newTeamId, now, offered, round);
  }

  public ConversationState withOffered(List<Choice> choices, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, choices, round);
  }

  public ConversationState withRound(RoundState newRound, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, offered, newRound);
  }
}
