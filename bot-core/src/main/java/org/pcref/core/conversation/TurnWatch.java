package org.pcref.core.conversation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.command.Call;
import org.pcref.core.command.CommandRegistry;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;

/**
 * Watches one turn for its {@link TurnObserver}: when it started, what kind it is, and what it did
 * to the check-in, told by the state before and after it.
 */
final class TurnWatch {

  private final long startedNanos = System.nanoTime();
  private final List<TurnObserver.CheckInChange> changes = new ArrayList<>(1);

  void expired() {
    changes.add(TurnObserver.CheckInChange.EXPIRED);
  }

  TurnObserver.TakenTurn done(
      Inbound turn,
      CommandRegistry<CommandTurn.Handler> commands,
      ConversationState before,
      ConversationState after) {
    CheckIn was = before.checkIn();
    CheckIn is = after.checkIn();
    if (is != null && !is.paused() && (was == null || !was.id().equals(is.id()))) {
      changes.add(TurnObserver.CheckInChange.STARTED);
    } else if (was != null && is == null) {
      changes.add(TurnObserver.CheckInChange.FINISHED);
    } else if (was != null && !was.paused() && is.paused()) {
      changes.add(TurnObserver.CheckInChange.PAUSED);
    }
    return new TurnObserver.TakenTurn(
        turn.key().platform(),
        kind(turn, commands, was),
        Duration.ofNanos(System.nanoTime() - startedNanos),
        changes);
  }

  private static TurnObserver.Kind kind(
      Inbound turn, CommandRegistry<CommandTurn.Handler> commands, CheckIn was) {
    String text = turn.text();
    if (turn.action() != null) {
      String id = turn.action().id();
      if (id.equals(Router.CHECKIN_ACTION) || id.equals(Router.NUDGE_START)) {
        return TurnObserver.Kind.CHECK_IN;
      }
      if (isRound(id)) {
        return TurnObserver.Kind.ROUND;
      }
      if (!id.equals(Choice.ASK)) {
        return TurnObserver.Kind.COMMAND;
      }
      text = turn.action().value();
    }
    Optional<Call<CommandTurn.Handler>> command = commands.readMessage(text);
    if (command.isPresent()) {
      if (command.get().command() == Commands.CHECK_IN) {
        return TurnObserver.Kind.CHECK_IN;
      }
      return isRound(command.get().command().name())
          ? TurnObserver.Kind.ROUND
          : TurnObserver.Kind.COMMAND;
    }
    return was != null && !was.paused() ? TurnObserver.Kind.CHECK_IN : TurnObserver.Kind.QUESTION;
  }

  /** Rounds' commands and buttons are named for them. */
  private static boolean isRound(String name) {
    return name.toLowerCase(Locale.ROOT).startsWith("round");
  }
}
