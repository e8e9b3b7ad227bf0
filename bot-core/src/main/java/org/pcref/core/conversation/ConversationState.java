package org.pcref.core.conversation;

import java.time.Instant;
import java.util.Objects;
import org.pcref.core.qa.QaContext;

/**
 * Everything the bot remembers about one conversation between turns, saved after every turn so a
 * restart or a second instance carries on where the last turn left off.
 */
public record ConversationState(QaContext qa, Instant updatedAt) {

  public ConversationState {
    qa = qa == null ? QaContext.NONE : qa;
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static ConversationState fresh(Instant now) {
    return new ConversationState(QaContext.NONE, now);
  }

  public ConversationState withQa(QaContext context, Instant now) {
    return new ConversationState(context, now);
  }
}
