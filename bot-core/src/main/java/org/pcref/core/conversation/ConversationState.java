package org.pcref.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
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
 * @param owed the replies for everyone in the channel (a check-in's summary) that the last turn
 *     gave and the platform has not yet said it posted: saved with the answers they report, so a
 *     crash before posting loses the message no more than the answers
 */
public record ConversationState(
    QaContext qa,
    CheckIn checkIn,
    String teamId,
    Instant updatedAt,
    List<Choice> offered,
    List<Reply> owed) {

  public ConversationState {
    qa = qa == null ? QaContext.NONE : qa;
    Objects.requireNonNull(updatedAt, "updatedAt");
    offered = offered == null ? List.of() : List.copyOf(offered);
    owed = owed == null ? List.of() : List.copyOf(owed);
  }

  public ConversationState(QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt) {
    this(qa, checkIn, teamId, updatedAt, List.of(), List.of());
  }

  public ConversationState(
      QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt, List<Choice> offered) {
    this(qa, checkIn, teamId, updatedAt, offered, List.of());
  }

  public static ConversationState fresh(Instant now) {
    return new ConversationState(QaContext.NONE, null, null, now);
  }

  public ConversationState withQa(QaContext context, Instant now) {
    return new ConversationState(context, checkIn, teamId, now, offered, owed);
  }

  public ConversationState withCheckIn(CheckIn newCheckIn, Instant now) {
    return new ConversationState(qa, newCheckIn, teamId, now, offered, owed);
  }

  public ConversationState withTeam(String newTeamId, Instant now) {
    return new ConversationState(qa, checkIn, newTeamId, now, offered, owed);
  }

  public ConversationState withOffered(List<Choice> choices, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, choices, owed);
  }

  /** This state with {@code replies} owed to the channel (none: nothing owed). */
  public ConversationState withOwed(List<Reply> replies, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, offered, replies);
  }
}
