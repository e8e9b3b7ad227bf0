package org.pcref.app.msteams;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code pcref.teams.*} settings (see application.yml): the Azure Bot's app id and secret, its
 * tenant for a single-tenant app, the OpenID metadata URL, the tenants and reply hosts allowed, and
 * whether the Emulator mode is asked for.
 */
@ConfigurationProperties("pcref.teams")
record TeamsProperties(
    String appId,
    String appPassword,
    String appTenantId,
    String openidMetadata,
    List<String> allowedTenants,
    List<String> serviceHosts,
    Boolean emulator) {}
