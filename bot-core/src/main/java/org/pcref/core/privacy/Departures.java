package org.pcref.core.privacy;

import java.time.Instant;
import org.pcref.core.team.Workspace;

/**
 * The workspaces (a Slack workspace, a Teams tenant) that uninstalled the bot, and when: their
 * teams' data is kept for {@link RetentionSettings#departedWorkspaces()} in case they come back,
 * then the retention sweep deletes it. A platform adapter says when a workspace leaves or returns.
 */
public interface Departures {

  /** Where nothing is recorded: a single-workspace install, or tests that do not need it. */
  Departures NONE =
      new Departures() {
        @Override
        public void left(Workspace workspace, Instant when) {}

        @Override
        public void returned(Workspace workspace) {}
      };

  /** The bot was uninstalled from {@code workspace}; an earlier departure not yet undone stays. */
  void left(Workspace workspace, Instant when);

  /** The bot was installed in {@code workspace} again: its data is no longer due for deletion. */
  void returned(Workspace workspace);
}
