package org.pcref.slack;

import java.util.Optional;

/**
 * The bot token to use in a workspace: one fixed token, or the one stored when it installed the
 * app.
 */
@FunctionalInterface
public interface BotTokens {

  /** The bot token for workspace {@code teamId}, or empty when the app is not installed there. */
  Optional<String> forWorkspace(String teamId);

  /** One workspace, one token (a single-workspace app). */
  static BotTokens single(String token) {
    return teamId -> Optional.of(token);
  }
}
