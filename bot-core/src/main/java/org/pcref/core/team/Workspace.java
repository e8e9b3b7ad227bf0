package org.pcref.core.team;

import java.util.Objects;

/** One Slack workspace or Teams tenant (or the terminal): teams and people never cross it. */
public record Workspace(String platform, String tenant) {
  public Workspace {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(tenant, "tenant");
  }
}
