package org.pcref.core.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.qa.QaContext;
import org.pcref.core.round.RoundState;

/**
 * Everything the bot remembers about one conversation between turns, saved after every turn so a
 * restart or a second instance carries on where the last turn left off.
 *
 * @param qa what the last question was about, for follow-ups
 * @param checkIn the check-in in progress or paused here, or null
 * @param teamId in a direct message, the team the person chose to work with, or null
 * @param offered the choices of the last turn's latest message, numbered 1…n (see {@link
 *     PlainText}), so that typing a number, a label or a usual word for it picks one on every
 *     platform
 * @param round this person's part in a team round under way here (their private answers, or a
 *     lead's confirmation), or null
 * @param owed the replies for everyone in the channel (a check-in's summary) that the last turn
 *     gave and the platform has not yet said it posted: saved with the answers they report, so a
 *     crash before posting loses the message no more than the answers
 * @param byWord the other choices the last turn showed (earlier replies', a checklist's), which
 *     typing their whole label picks
 */
public record ConversationState(
    QaContext qa,
    CheckIn checkIn,
    String teamId,
    Instant updatedAt,
    List<Choice> offered,
    RoundState round,
    List<Reply> owed,
    List<Choice> byWord) {

  public ConversationState {
    qa = qa == null ? QaContext.NONE : qa;
    Objects.requireNonNull(updatedAt, "updatedAt");
    offered = offered == null ? List.of() : List.copyOf(offered);
    owed = owed == null ? List.of() : List.copyOf(owed);
    byWord = byWord == null ? List.of() : List.copyOf(byWord);
  }

  public ConversationState(
      QaContext qa,
      CheckIn checkIn,
      String teamId,
      Instant updatedAt,
      List<Choice> offered,
      RoundState round,
      List<Reply> owed) {
    this(qa, checkIn, teamId, updatedAt, offered, round, owed, List.of());
  }

  public ConversationState(
      QaContext qa,
      CheckIn checkIn,
      String teamId,
      Instant updatedAt,
      List<Choice> offered,
      RoundState round) {
    this(qa, checkIn, teamId, updatedAt, offered, round, List.of(), List.of());
  }

  public ConversationState(
      QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt, List<Choice> offered) {
    this(qa, checkIn, teamId, updatedAt, offered, null, List.of(), List.of());
  }

  public ConversationState(QaContext qa, CheckIn checkIn, String teamId, Instant updatedAt) {
    this(qa, checkIn, teamId, updatedAt, List.of(), null, List.of(), List.of());
  }

  /** The check-in under way here (not paused), or null. */
  public CheckIn activeCheckIn() {
    return checkIn != null && !checkIn.paused() ? checkIn : null;
  }

  /** This person's part in a round, when it is waiting for what they type; or null. */
  public RoundState roundTakingText() {
    return round != null && round.takesText() ? round : null;
  }

  public static ConversationState fresh(Instant now) {
    return new ConversationState(QaContext.NONE, null, null, now);
  }

  public ConversationState withQa(QaContext context, Instant now) {
    return new ConversationState(context, checkIn, teamId, now, offered, round, owed, byWord);
  }

  public ConversationState withCheckIn(CheckIn newCheckIn, Instant now) {
    return new ConversationState(qa, newCheckIn, teamId, now, offered, round, owed, byWord);
  }

  public ConversationState withTeam(String newTeamId, Instant now) {
    return new ConversationState(qa, checkIn, newTeamId, now, offered, round, owed, byWord);
  }

  public ConversationState withOffered(List<Choice> choices, Instant now) {
    return withOffered(choices, byWord, now);
  }

  /** This state with {@code numbered} and {@code shown} on offer, as the last turn offered them. */
  public ConversationState withOffered(List<Choice> numbered, List<Choice> shown, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, numbered, round, owed, shown);
  }

  public ConversationState withRound(RoundState newRound, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, offered, newRound, owed, byWord);
  }

  /** This state with {@code replies} owed to the channel (none: nothing owed). */
  public ConversationState withOwed(List<Reply> replies, Instant now) {
    return new ConversationState(qa, checkIn, teamId, now, offered, round, replies, byWord);
  }
}
