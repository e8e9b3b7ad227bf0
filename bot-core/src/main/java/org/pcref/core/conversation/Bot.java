package org.pcref.core.conversation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pcref.core.qa.Answer;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.qa.QaContext;
import org.pcref.framework.Framework;

/**
 * The bot's one inbound port: a person's message or button press in, the bot's replies out. Every
 * adapter (terminal, Slack, Teams) calls this and only renders what it returns.
 */
public final class Bot {

  /** Longest message the bot reads; a longer one is refused with a clear answer. */
  public static final int MAX_MESSAGE_LENGTH = 2_000;

  /** How long "and Outstanding?" still refers to the last question. */
  static final Duration FOLLOW_UP_WINDOW = Duration.ofMinutes(30);

  private static final Logger LOG = System.getLogger(Bot.class.getName());

  private final FrameworkQuestions questions;
  private final ConversationStore store;
  private final Clock clock;

  public Bot(Framework framework, ConversationStore store, Clock clock) {
    this(new FrameworkQuestions(framework), store, clock);
  }

  public Bot(FrameworkQuestions questions, ConversationStore store, Clock clock) {
    this.questions = questions;
    this.store = store;
    this.clock = clock;
  }

  /** Handles one turn. Never throws: a failure becomes one friendly message and one log line. */
  public List<Reply> handle(Inbound inbound) {
    try {
      return turn(inbound);
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(Level.ERROR, "Turn " + reference + " in " + inbound.key().asString() + " failed", e);
      return List.of(
          new Reply.Text(
              "Sorry, something went wrong on my side (reference " + reference + "). Please try again."));
    }
  }

  private List<Reply> turn(Inbound inbound) {
    if (inbound.action() != null && !Choice.ASK.equals(inbound.action().id())) {
      return List.of(new Reply.Text("That button is no longer active."), questions.help());
    }
    String text = inbound.action() != null ? inbound.action().value() : inbound.text();
    if (text.length() > MAX_MESSAGE_LENGTH) {
      return List.of(
          new Reply.Text(
              "That message is too long for me ("
                  + text.length()
                  + " characters). Please ask one question at a time, in under "
                  + MAX_MESSAGE_LENGTH
                  + " characters."));
    }
    Instant now = clock.instant();
    ConversationState state = store.load(inbound.key()).orElse(ConversationState.fresh(now));
    QaContext context =
        state.updatedAt().plus(FOLLOW_UP_WINDOW).isBefore(now) ? QaContext.NONE : state.qa();
    Answer answer = questions.answer(text, context);
    store.save(inbound.key(), state.withQa(answer.context(), now));
    return answer.replies();
  }
}
