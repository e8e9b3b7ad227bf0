package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** The server starts whether or not the sign-in provider answers; sign-in works once it does. */
class LazyRegistrationsTest {

  @Test
  void shouldAskTheProviderOnlyWhenSomeoneSignsInAndTryAgainAfterAFailure() {
    AtomicInteger asked = new AtomicInteger();
    LazyRegistrations registrations =
        new LazyRegistrations(
            Map.of("entra", new BoardSettings.OidcClient("https://idp.invalid", "id", "secret")),
            e -> {
              if (asked.incrementAndGet() == 1) {
                throw new IllegalStateException("provider down");
              }
              return ClientRegistration.withRegistrationId(e.getKey())
                  .clientId(e.getValue().clientId())
                  .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                  .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                  .authorizationUri("https://idp.invalid/authorize")
                  .tokenUri("https://idp.invalid/token")
                  .build();
            });
    assertThat(asked).hasValue(0);
    assertThat(registrations.findByRegistrationId("entra")).isNull();
    assertThat(registrations.findByRegistrationId("entra").getClientId()).isEqualTo("id");
    assertThat(registrations.findByRegistrationId("entra")).isNotNull();
    assertThat(asked).hasValue(2);
    assertThat(registrations.findByRegistrationId("slack")).isNull();
  }
}
