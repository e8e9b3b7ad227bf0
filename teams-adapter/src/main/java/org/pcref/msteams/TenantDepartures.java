package org.pcref.msteams;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import org.pcref.core.privacy.Departures;
import org.pcref.core.team.Workspace;

/**
 * Teams says the app was removed from one chat or team, never from a whole tenant: a tenant has
 * left when the last conversation that had the bot no longer has it, and is back when the app is
 * installed anywhere in it again.
 */
final class TenantDepartures {

  private static final Logger LOG = System.getLogger(TenantDepartures.class.getName());

  private final ConversationReferences references;
  private final Departures departures;
  private final Clock clock;

  TenantDepartures(ConversationReferences references, Departures departures, Clock clock) {
    this.references = references;
    this.departures = departures;
    this.clock = clock;
  }

  /** The app was removed from one conversation of {@code tenant}, whose reference is inactive. */
  void removed(String tenant) {
    try {
      if (!references.anyActive(tenant)) {
        departures.left(workspace(tenant), clock.instant());
      }
    } catch (RuntimeException e) {
      // The removal itself is done; the tenant's data is then kept like any other team's.
      LOG.log(Level.WARNING, "Could not record a Teams tenant's departure: " + e.getMessage());
    }
  }

  /** The app was installed (or the bot added) in a conversation of {@code tenant}. */
  void installed(String tenant) {
    try {
      departures.returned(workspace(tenant));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not clear a Teams tenant's departure: " + e.getMessage());
    }
  }

  private static Workspace workspace(String tenant) {
    return new Workspace(InboundActivities.PLATFORM, tenant);
  }
}
