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
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.message.SeenKeys;

/**
 * {@code POST /api/messages} without the web framework: the raw body and the Authorization header
 * in, a status and body out. Refuses a malformed activity (400), a reply address outside the
 * allow-list or a tenant not allowed (403) and, with an app id, any request whose Bot Framework
 * token is missing or not valid (401), before the bot sees anything.
 */
public final class TeamsEndpoint {

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
      TeamsAdapter adapter, Assistant bot, ConversationReferences references, SeenKeys seen, TeamsSettings settings) {
    this.adapter = adapter;
    this.turns = new TeamsTurns(bot, new ReferenceKeeper(references), seen);
    this.settings = settings;
    this.serviceUrls = new ServiceUrlAllowList(settings.extraServiceHosts());
  }

  public Response handle(String authHeader, String body) {
    Activity activity = parse(body);
    if (activity == null) {
      return Response.of(400);
    }
    if (!serviceUrls.allows(activity.getServiceUrl())) {
      LOG.log(Level.WARNING, "Refused an activity whose serviceUrl host is not allowed: " + activity.getServiceUrl());
      return Response.of(403);
    }
    if (!settings.allowedTenants().isEmpty() && !settings.allowedTenants().contains(InboundActivities.tenant(activity))) {
      LOG.log(Level.WARNING, "Refused an activity from a tenant not allowed: " + InboundActivities.tenant(activity));
      return Response.of(403);
    }
    if (settings.emulatorMode()) {
      guardEmulatorRole(activity);
    } else if (!plausibleChannelToken(authHeader)) {
      LOG.log(Level.INFO, "Refused a request: no RS256 token from the Bot Framework channel service");
      return Response.of(401);
    }
    try {
      InvokeResponse invoke = adapter.processIncomingActivity(authHeader, activity, turns).get();
      if (invoke == null) {
        return Response.of(200);
      }
      return new Response(invoke.getStatus(), invoke.getBody() == null ? "" : Serialization.toString(invoke.getBody()));
    } catch (ExecutionException | CompletionException | JWTVerificationException | AuthenticationException e) {
      Throwable cause = e instanceof ExecutionException || e instanceof CompletionException ? rootCause(e) : e;
      if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
        LOG.log(Level.INFO, "Refused a request: " + cause.getMessage());
        return Response.of(401);
      }
      LOG.log(Level.ERROR, "Teams activity " + activity.getId() + " failed", cause);
      return Response.of(500);
    } catch (IOException e) {
      LOG.log(Level.ERROR, "Teams invoke response could not be written", e);
      return Response.of(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.of(503);
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
   * Only Bot Framework channel tokens signed with RS256 are worth checking further: no Emulator or
   * skill tokens (which would be checked against other key sets) and no unsigned ones.
   */
  private static boolean plausibleChannelToken(String authHeader) {
    if (authHeader == null || !authHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    try {
      DecodedJWT token = JWT.decode(authHeader.substring(7).strip());
      return "RS256".equals(token.getAlgorithm())
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
    while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
