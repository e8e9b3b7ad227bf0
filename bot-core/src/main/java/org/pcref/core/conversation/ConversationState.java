package org.pcref.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText;
import org.pcref.core.qa.QaContext;

/**
 * Everything the bot remembers about one conversation between turns, saved after every turn so a
 * restart or a second instance carries on where the last turn left off.
 *
 * @param qa what the last question was about, for follow-ups
 * @param checkIn the check-in in progress or paused here, or null
 * @param teamId in a direct message, the team the person chose to work with, or null
 * @param offered the choices the last turn numbered (see {@link PlainText}), so that typing a
 *     number picks one on every platform
 */
public record ConversationState(
    QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt, List<Choice> offered) {

  public ConversationState {
    qa = qa == null ? QaContext.NONE : qa;
    Objects.requireNonNull(updatedAt, "updatedAt");
    offered = offered == null ? List.of() : List.copyOf(offered);
  }

  public ConversationState(QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt) {
    this(qa, checkIn, teamId, updatedAt, List.of());
  }

  public static ConversationState fresh(Instant now) {
    return new ConversationState(QaContext.NONE, null, null, now);
  }

  public ConversationState withQa(QaContext context, Instant now) {
    return new ConversationState(context, checkIn, teamId, now, offered);
  }

  public ConversationState withCheckIn(CheckIn newCheckIn, Instant now) {
    return new ConversationState(qa, newCheckIn, teamId, now, offered);
  }

  public ConversationState withTeam(String newTeamId, Instant now) {
    return new ConversationState(qa, checkIn, newTeamId, now, offered);
  }

  public ConversationState withOffered(List<Choice> choices, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, choices);
  }
}
