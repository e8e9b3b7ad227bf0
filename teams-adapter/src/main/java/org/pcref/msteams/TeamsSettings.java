package org.pcref.msteams;

import java.util.List;
import java.util.Set;

/**
 * How the bot meets Teams.
 *
 * @param appId the Azure Bot's Microsoft App ID; empty runs the Emulator mode (no authentication)
 * @param appPassword the app's client secret
 * @param appTenantId the app's tenant, for a single-tenant app; empty for a multi-tenant one
 * @param openIdMetadataUrl where the keys that sign Bot Framework tokens are published; empty for
 *     the public cloud's
 * @param allowedTenants AAD tenant ids the bot talks to; empty: any tenant
 * @param extraServiceHosts hosts, besides Bot Framework's own, that may receive replies (and with
 *     them the bot's token); "*.example.org" allows sub-domains
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    String appTenantId,
    String openIdMetadataUrl,
    Set<String> allowedTenants,
    List<String> extraServiceHosts) {

  public TeamsSettings {
    appId = blankToEmpty(appId);
    appPassword = blankToEmpty(appPassword);
    appTenantId = blankToEmpty(appTenantId);
    openIdMetadataUrl = blankToEmpty(openIdMetadataUrl);
    allowedTenants = allowedTenants == null ? Set.of() : Set.copyOf(allowedTenants);
    extraServiceHosts = extraServiceHosts == null ? List.of() : List.copyOf(extraServiceHosts);
  }

  /** Without an app id nothing is authenticated: for the Bot Framework Emulator on a laptop. */
  public boolean emulatorMode() {
    return appId.isEmpty();
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
