package org.pcref.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Client registrations read from each provider's discovery document when first needed, not at
 * start: the chat must come up even when the sign-in provider cannot be reached, and sign-in works
 * as soon as it can. A failed lookup is tried again on the next sign-in.
 */
final class LazyRegistrations implements ClientRegistrationRepository {

  private static final Logger log = LoggerFactory.getLogger(LazyRegistrations.class);

  private final Map<String, BoardSettings.OidcClient> clients;
  private final Function<Map.Entry<String, BoardSettings.OidcClient>, ClientRegistration> discover;
  private final Map<String, ClientRegistration> found = new ConcurrentHashMap<>();

  LazyRegistrations(
      Map<String, BoardSettings.OidcClient> clients,
      Function<Map.Entry<String, BoardSettings.OidcClient>, ClientRegistration> discover) {
    this.clients = Map.copyOf(clients);
    this.discover = discover;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    BoardSettings.OidcClient client = clients.get(registrationId);
    if (client == null) {
      return null;
    }
    ClientRegistration known = found.get(registrationId);
    if (known != null) {
      return known;
    }
    try {
      ClientRegistration registration = discover.apply(Map.entry(registrationId, client));
      found.put(registrationId, registration);
      return registration;
    } catch (RuntimeException e) {
      log.warn(
          "Could not read the sign-in provider's configuration from {} ({}); will try again",
          client.issuer(),
          e.getClass().getSimpleName());
      return null;
    }
  }
}
