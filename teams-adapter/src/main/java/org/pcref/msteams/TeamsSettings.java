package org.pcref.msteams;

import java.util.List;
import java.util.Set;

/**
 * How the bot meets Teams.
 *
 * @param appId the Azure Bot's Microsoft App ID; empty turns Teams off, unless {@code emulator}
 * @param appPassword the app's client secret
 * @param appTenantId the app's tenant, for a single-tenant app; empty for a multi-tenant one
 * @param openIdMetadataUrl where the keys that sign Bot Framework tokens are published; empty for
 *     the public cloud's
 * @param allowedTenants AAD tenant ids the bot talks to; empty: any tenant
 * @param extraServiceHosts hosts, besides Bot Framework's own, that may receive replies (and with
 *     them the bot's token); "*.example.org" allows sub-domains
 * @param emulator whether, without an app id, /api/messages takes unauthenticated requests from
 *     this machine for the Bot Framework Emulator (asked for explicitly: PCREF_TEAMS_EMULATOR)
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    String appTenantId,
    String openIdMetadataUrl,
    Set<String> allowedTenants,
    List<String> extraServiceHosts,
    boolean emulator) {

  public TeamsSettings {
    appId = blankToEmpty(appId);
    appPassword = blankToEmpty(appPassword);
    appTenantId = blankToEmpty(appTenantId);
    openIdMetadataUrl = blankToEmpty(openIdMetadataUrl);
    allowedTenants = allowedTenants == null ? Set.of() : Set.copyOf(allowedTenants);
    extraServiceHosts = extraServiceHosts == null ? List.of() : List.copyOf(extraServiceHosts);
  }

  /** Teams with the app's credentials: every request's token is checked. */
  public TeamsSettings(
      String appId,
      String appPassword,
      String appTenantId,
      String openIdMetadataUrl,
      Set<String> allowedTenants,
      List<String> extraServiceHosts) {
    this(
        appId,
        appPassword,
        appTenantId,
        openIdMetadataUrl,
        allowedTenants,
        extraServiceHosts,
        false);
  }

  /**
   * No app id, and the Emulator asked for: nothing is authenticated, so requests are taken from
   * this machine only and replies go to loopback addresses only.
   */
  public boolean emulatorMode() {
    return appId.isEmpty() && emulator;
  }

  /** Neither an app id nor the Emulator: /api/messages takes nothing. */
  public boolean off() {
    return appId.isEmpty() && !emulator;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
