package org.pcref.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import org.pcref.core.message.SeenKeys;
import org.pcref.core.message.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acks an event seen before (a retry, or a duplicate) without handling it again; and a button press
 * seen before (the same signed request sent again within its five minutes) likewise, by its {@code
 * trigger_id}, which Slack makes afresh for every one. A slash command's trigger is recorded by
 * {@link SlashCommands}, in the same round trip as reading its conversation where it can be.
 */
final class OncePerEvent implements Middleware {

  private static final Logger LOG = LoggerFactory.getLogger(OncePerEvent.class);

  private final SeenKeys events;
  private final SeenKeys triggers;

  /**
   * @param events the event ids handled, by every instance
   * @param triggers the trigger ids of button presses handled in the last few minutes
   */
  OncePerEvent(SeenKeys events, SeenKeys triggers) {
    this.events = events;
    this.triggers = triggers;
  }

  @Override
  public Response apply(Request request, Response response, MiddlewareChain chain)
      throws Exception {
    if (request.getRequestType() == RequestType.Event) {
      String eventId = eventId((EventRequest) request);
      if (eventId != null && !events.firstTime(eventId)) {
        LOG.info(
            "Event {} was handled already (retry {}); not handling it again",
            Untrusted.forLog(eventId),
            Untrusted.forLog(request.getHeaders().getFirstValue("X-Slack-Retry-Num")));
        return Response.ok();
      }
    }
    String trigger = triggerId(request);
    if (trigger != null && !triggers.firstTime(triggerKey(trigger))) {
      sentAgain(request.getRequestType().toString(), trigger);
      return Response.ok();
    }
    return chain.next(request);
  }

  /** The key a trigger id is recorded by. */
  static String triggerKey(String trigger) {
    return "trigger:" + trigger;
  }

  static void sentAgain(String what, String trigger) {
    LOG.info(
        "A {} request was sent again (trigger {}); not handling it again",
        what,
        Untrusted.forLog(trigger));
  }

  /** The trigger id of a slash command or a button press, or null for any other request. */
  private static String triggerId(Request request) {
    if (request instanceof BlockActionRequest press) {
      return press.getPayload().getTriggerId();
    }
    return null;
  }

  /** Slack's {@code event_id}, unique across all workspaces. */
  private static String eventId(EventRequest request) {
    JsonElement id =
        JsonParser.parseString(request.getRequestBodyAsString()).getAsJsonObject().get("event_id");
    return id == null || id.isJsonNull() ? null : id.getAsString();
  }
}
