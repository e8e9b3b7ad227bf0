package org.pcref.msteams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Bot Framework's HTTP adapter, set up from {@link TeamsSettings}: the app id and secret, the
 * OpenID metadata that inbound tokens are checked against, and the credentials that outbound
 * requests carry (the app's tenant for a single-tenant app).
 */
public final class TeamsAdapter extends BotFrameworkHttpAdapter {

  /** Makes the credentials for an app id and OAuth scope; tests replace it to avoid Azure AD. */
  public interface Credentials extends BiFunction<String, String, AppCredentials> {}

  private final Credentials credentials;

  public TeamsAdapter(TeamsSettings settings) {
    this(
        settings,
        (appId, scope) ->
            new MicrosoftAppCredentials(
                appId, settings.appPassword(), emptyToNull(settings.appTenantId()), scope));
  }

  public TeamsAdapter(TeamsSettings settings, Credentials credentials) {
    super(
        new SimpleCredentialProvider(settings.appId(), settings.appPassword()),
        new SimpleChannelProvider());
    this.credentials = credentials;
    if (!settings.openIdMetadataUrl().isEmpty()) {
      ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
    }
  }

  @Override
  protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
    return CompletableFuture.completedFuture(credentials.apply(appId, scope));
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
