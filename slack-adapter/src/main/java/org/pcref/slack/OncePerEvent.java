package org.pcref.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import org.pcref.core.message.SeenKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Acks an event seen before (a retry, or a duplicate) without handling it again. */
final class OncePerEvent implements Middleware {

  private static final Logger LOG = LoggerFactory.getLogger(OncePerEvent.class);

  private final SeenKeys events;

  OncePerEvent(SeenKeys events) {
    this.events = events;
  }

  @Override
  public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
    if (request.getRequestType() == RequestType.Event) {
      String eventId = eventId((EventRequest) request);
      if (eventId != null && !events.firstTime(eventId)) {
        LOG.info("Event {} was handled already (retry {}); not handling it again", eventId,
            request.getHeaders().getFirstValue("X-Slack-Retry-Num"));
        return Response.ok();
      }
    }
    return chain.next(request);
  }

  /** Slack's {@code event_id}, unique across all workspaces. */
  private static String eventId(EventRequest request) {
    JsonElement id = JsonParser.parseString(request.getRequestBodyAsString()).getAsJsonObject().get("event_id");
    return id == null || id.isJsonNull() ? null : id.getAsString();
  }
}
