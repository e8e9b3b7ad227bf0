package org.pcref.core.qa;

import java.util.List;
import org.pcref.core.message.Reply;

/** The replies to one question, and what the conversation is about afterwards. */
public record Answer(List<Reply> replies, QaContext context, boolean understood) {
  public Answer {
    replies = List.copyOf(replies);
  }
}
