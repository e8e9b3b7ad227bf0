package org.pcref.msteams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.SkillValidation;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.SeenKeys;
import org.pcref.core.message.Untrusted;
import org.pcref.core.message.Ways;
import org.pcref.core.privacy.Departures;

/**
 * {@code POST /api/messages} without the web framework: the raw body and the Authorization header
 * in, a status and body out. Before the body is even read: Teams off (no app id, no Emulator) is
 * 404, a body over {@link #MAX_BODY_BYTES} is 413, and a request without a plausible Bot Framework
 * token (or, in Emulator mode, from another machine) is refused. Then a malformed activity is 400,
 * a reply address outside the allow-list or a tenant not allowed 403, and, with an app id, any
 * request whose token does not pass Bot Framework's full check 401, before the bot sees anything.
 */
public final class TeamsEndpoint {

  /** The largest body read: an activity is a few kilobytes, a card's submit at most tens. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  /** The platform of every conversation key from Teams. */
  public static final String PLATFORM = InboundActivities.PLATFORM;

  /** How people in Teams reach the bot in a team's channel or one to one, as replies say it. */
  public static final Ways WAYS =
      new Ways(
          "in your team’s channel (mention me there)", "in a chat with me (PCREF Bot, under Apps)");

  /** What to answer the HTTP request with; {@code body} is JSON or empty. */
  public record Response(int status, String body) {
    static Response of(int status) {
      return new Response(status, "");
    }
  }

  private static final Logger LOG = System.getLogger(TeamsEndpoint.class.getName());

  private final TeamsAdapter adapter;
  private final TeamsTurns turns;
  private final TeamsSettings settings;
  private final ServiceUrlAllowList serviceUrls;

  public TeamsEndpoint(
      TeamsAdapter adapter,
      Assistant bot,
      ConversationReferences references,
      SeenKeys seen,
      TeamsSettings settings) {
    this(adapter, bot, references, seen, settings, Departures.NONE, Clock.systemUTC());
  }

  /**
   * As above, and a tenant whose last conversation removes the app is recorded in {@code
   * departures} (at {@code clock}'s time), so its teams' data is deleted in due course.
   */
  public TeamsEndpoint(
      TeamsAdapter adapter,
      Assistant bot,
      ConversationReferences references,
      SeenKeys seen,
      TeamsSettings settings,
      Departures departures,
      Clock clock) {
    this.adapter = adapter;
    this.turns =
        new TeamsTurns(
            bot,
            new ReferenceKeeper(references),
            seen,
            references,
            new TeamsNotifier(adapter, settings, references),
            new TenantDepartures(references, departures, clock));
    this.settings = settings;
    this.serviceUrls = ServiceUrlAllowList.of(settings);
  }

  /**
   * The answer to a request that is refused on its headers alone, so that its body need not be
   * read; empty when the body should be read and given to {@link #handle}.
   *
   * @param contentLength the declared length of the body, or -1 when not declared
   * @param remoteAddress the address the request came from
   */
  public Optional<Response> refusedBeforeReading(
      String authHeader, long contentLength, String remoteAddress) {
    if (settings.off()) {
      return Optional.of(Response.of(404));
    }
    if (contentLength > MAX_BODY_BYTES) {
      return Optional.of(Response.of(413));
    }
    if (settings.emulatorMode()) {
      if (!isLoopback(remoteAddress)) {
        LOG.log(
            Level.WARNING,
            "Refused an Emulator-mode request from another machine: "
                + Untrusted.forLog(remoteAddress));
        return Optional.of(Response.of(403));
      }
    } else if (!plausibleChannelToken(authHeader)) {
      LOG.log(
          Level.INFO,
          "Refused a request: no unexpired RS256 token from the Bot Framework channel service");
      return Optional.of(Response.of(401));
    }
    return Optional.empty();
  }

  /** The answer to a request whose headers passed {@link #refusedBeforeReading}. */
  public Response handle(String authHeader, String body) {
    if (settings.off()) {
      return Response.of(404);
    }
    if (body != null && body.length() > MAX_BODY_BYTES) {
      return Response.of(413);
    }
    if (!settings.emulatorMode() && !plausibleChannelToken(authHeader)) {
      LOG.log(
          Level.INFO,
          "Refused a request: no unexpired RS256 token from the Bot Framework channel service");
      return Response.of(401);
    }
    Activity activity = parse(body);
    if (activity == null) {
      return Response.of(400);
    }
    if (!serviceUrls.allows(activity.getServiceUrl())) {
      LOG.log(
          Level.WARNING,
          "Refused an activity whose serviceUrl host is not allowed: "
              + Untrusted.forLog(activity.getServiceUrl()));
      return Response.of(403);
    }
    if (!settings.allowedTenants().isEmpty()
        && !settings.allowedTenants().contains(InboundActivities.tenant(activity))) {
      LOG.log(
          Level.WARNING,
          "Refused an activity from a tenant not allowed: "
              + Untrusted.forLog(InboundActivities.tenant(activity)));
      return Response.of(403);
    }
    if (settings.emulatorMode()) {
      guardEmulatorRole(activity);
    }
    try {
      InvokeResponse invoke = adapter.processIncomingActivity(authHeader, activity, turns).get();
      if (invoke == null) {
        return Response.of(200);
      }
      return new Response(
          invoke.getStatus(),
          invoke.getBody() == null ? "" : Serialization.toString(invoke.getBody()));
    } catch (ExecutionException
        | CompletionException
        | JWTVerificationException
        | AuthenticationException e) {
      Throwable cause =
          e instanceof ExecutionException || e instanceof CompletionException ? rootCause(e) : e;
      if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
        LOG.log(Level.INFO, "Refused a request: " + Untrusted.forLog(cause.getMessage()));
        return Response.of(401);
      }
      LOG.log(
          Level.ERROR, "Teams activity " + Untrusted.forLog(activity.getId()) + " failed", cause);
      return Response.of(500);
    } catch (IOException e) {
      LOG.log(Level.ERROR, "Teams invoke response could not be written", e);
      return Response.of(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.of(503);
    }
  }

  private static boolean isLoopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      // A literal address only: InetAddress.getByName does no lookup for one.
      return (address.indexOf(':') >= 0 || Character.isDigit(address.charAt(0)))
          && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The activity, or null when the body is not an activity the bot can answer. */
  private static Activity parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonNode tree;
    try {
      tree = Serialization.jsonToTree(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (tree == null || !tree.isObject()) {
      return null;
    }
    Activity activity = Serialization.treeToValue(tree, Activity.class);
    if (activity == null
        || activity.getType() == null
        || activity.getServiceUrl() == null
        || activity.getConversation() == null
        || activity.getConversation().getId() == null
        || activity.getFrom() == null
        || activity.getFrom().getId() == null) {
      return null;
    }
    return activity;
  }

  /**
   * Only Bot Framework channel tokens signed with RS256 and with an expiry are worth checking
   * further: no Emulator or skill tokens (which would be checked against other key sets), no
   * unsigned ones, and none that would never expire (Bot Framework's own check lets those pass).
   */
  private static boolean plausibleChannelToken(String authHeader) {
    if (authHeader == null || !authHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    try {
      DecodedJWT token = JWT.decode(authHeader.substring(7).strip());
      return "RS256".equals(token.getAlgorithm())
          && token.getExpiresAt() != null
          && AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER.equals(token.getIssuer())
          && !SkillValidation.isSkillToken(authHeader);
    } catch (JWTDecodeException e) {
      return false;
    }
  }

  /**
   * Bot Framework reads the recipient's role of an Emulator activity without checking it is there
   * (a NullPointerException); an activity without one is taken as addressed to the bot.
   */
  private static void guardEmulatorRole(Activity activity) {
    if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
      activity.getRecipient().setRole(RoleTypes.BOT);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
