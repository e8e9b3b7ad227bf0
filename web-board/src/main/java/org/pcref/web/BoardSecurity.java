package org.pcref.web;

import jakarta.servlet.SessionCookieConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. The chat platforms' endpoints ({@code /slack/**}, {@code /api/messages}) and
 * the health check stay open and without CSRF tokens: Slack and Teams sign their own requests and
 * the adapters check them. Everything else is the board: in local mode open only to this computer
 * and only for reading; with sign-in, only to people signed in through OpenID Connect.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class BoardSecurity {

  /** A strict policy: nothing but the board's own files, no inline script or style. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Sign-ins and access decisions are observed; requests are not, as {@code http.server.requests}
   * already times every one, and observing each filter of the chain on every chat turn cost more
   * than the rest of the chain.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain chatEndpoints(HttpSecurity http) throws Exception {
    // These endpoints check their callers themselves (Slack's signature, Teams' token, the
    // actuator's own exposure settings); every chat turn passes here, so only the firewall stays.
    http.securityMatcher("/slack/**", "/api/messages", "/actuator/**")
        .csrf(c -> c.disable())
        .requestCache(r -> r.disable())
        .securityContext(s -> s.disable())
        .headers(h -> h.disable())
        .anonymous(a -> a.disable())
        .logout(l -> l.disable())
        .exceptionHandling(e -> e.disable())
        .servletApi(s -> s.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain board(HttpSecurity http, BoardSettings settings) throws Exception {
    http.headers(
        h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    if (settings.local()) {
      http.authorizeHttpRequests(
              a ->
                  a.requestMatchers(HttpMethod.GET, "/**")
                      .access(fromThisComputer())
                      .requestMatchers(HttpMethod.HEAD, "/**")
                      .access(fromThisComputer())
                      .anyRequest()
                      .denyAll())
          .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .requestCache(r -> r.disable());
    } else {
      http.authorizeHttpRequests(
              a ->
                  // A download link's signature is its authorization (see LinkDownloads).
                  a.requestMatchers("/board/**", "/error", "/signed-out")
                      .permitAll()
                      .requestMatchers(HttpMethod.GET, LinkDownloads.PATH + "*")
                      .permitAll()
                      .anyRequest()
                      .authenticated())
          .oauth2Login(o -> o.loginPage("/sign-in").permitAll())
          .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/signed-out"));
    }
    return http.build();
  }

  /** The client registrations the settings configure, read from each provider when first needed. */
  @Bean
  ClientRegistrationRepository clientRegistrations(BoardSettings settings) {
    Map<String, BoardSettings.OidcClient> clients = new LinkedHashMap<>();
    settings.entra().ifPresent(c -> clients.put(Viewers.ENTRA, c));
    settings.slack().ifPresent(c -> clients.put(Viewers.SLACK, c));
    return new LazyRegistrations(
        clients,
        e ->
            registration(
                e.getKey(),
                Viewers.ENTRA.equals(e.getKey()) ? "Microsoft" : "Slack",
                e.getValue()));
  }

  private static ClientRegistration registration(
      String id, String name, BoardSettings.OidcClient client) {
    return ClientRegistrations.fromIssuerLocation(client.issuer())
        .registrationId(id)
        .clientName(name)
        .clientId(client.clientId())
        .clientSecret(client.clientSecret())
        .scope("openid", "profile")
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .build();
  }

  /** Sign-in cookies only over HTTPS (or localhost), never to scripts, never cross-site posts. */
  @Bean
  ServletContextInitializer sessionCookie() {
    return context -> {
      SessionCookieConfig cookie = context.getSessionCookieConfig();
      cookie.setSecure(true);
      cookie.setHttpOnly(true);
      // Lax, not Strict: the provider's redirect back to the board must carry the cookie.
      cookie.setAttribute("SameSite", "Lax");
    };
  }

  /**
   * This computer only: a loopback address that no proxy forwarded. A proxy on the same computer
   * connects from loopback for whoever sent the request, and says so in its headers.
   */
  private static AuthorizationManager<RequestAuthorizationContext> fromThisComputer() {
    return (authentication, context) ->
        new AuthorizationDecision(
            isLoopback(context.getRequest().getRemoteAddr()) && !forwarded(context.getRequest()));
  }

  private static final List<String> PROXY_HEADERS =
      List.of(
          "Forwarded",
          "X-Forwarded-For",
          "X-Forwarded-Host",
          "X-Forwarded-Proto",
          "X-Real-IP",
          "Via");

  static boolean forwarded(jakarta.servlet.http.HttpServletRequest request) {
    for (String header : PROXY_HEADERS) {
      if (request.getHeader(header) != null) {
        return true;
      }
    }
    return false;
  }

  static boolean isLoopback(String address) {
    // Only ever an address literal, so no name is looked up.
    if (address == null || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
