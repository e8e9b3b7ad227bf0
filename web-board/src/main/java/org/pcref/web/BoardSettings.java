package org.pcref.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The board's settings ({@code pcref.board.*}; as environment variables {@code PCREF_BOARD_...}).
 *
 * @param entra the Entra ID (Teams) sign-in client, if configured
 * @param slack the Sign in with Slack client, if configured
 * @param admins person keys of admins: {@code teams/<tid>/<oid>} or {@code slack/<team>/<user>},
 *     from {@code pcref.admins} (the bot's admins) and the older {@code pcref.board.admins}
 * @param adminGroup an Entra group id whose members are admins (from the token's groups claim)
 * @param overviewForEveryone whether every signed-in person of the trust sees the overview
 * @param publicUrl the board's address as people reach it ({@code pcref.board.public-url}), for the
 *     links the chat hands out; without it the chat sends files as before
 * @param linkSecret the key that signs those links ({@code pcref.board.link-secret}); without it
 *     the server makes one and keeps it in its database, which every instance shares
 */
public record BoardSettings(
    Optional<OidcClient> entra,
    Optional<OidcClient> slack,
    Set<String> admins,
    Optional<String> adminGroup,
    boolean overviewForEveryone,
    Optional<URI> publicUrl,
    Optional<String> linkSecret) {

  /** The shortest link secret taken: 32 characters, as many bits as the signature has. */
  static final int SHORTEST_LINK_SECRET = 32;

  /** The Slack OpenID Connect issuer; fixed by Slack. */
  static final String SLACK_ISSUER = "https://slack.com";

  /** One OpenID Connect client: the provider's issuer, and this board's id and secret there. */
  public record OidcClient(String issuer, String clientId, String clientSecret) {}

  /** Local mode: no sign-in configured, so only this computer may look, read-only. */
  public boolean local() {
    return entra.isEmpty() && slack.isEmpty();
  }

  /**
   * @param lookup a setting by its name; null or blank when not set
   */
  public static BoardSettings from(UnaryOperator<String> lookup) {
    UnaryOperator<String> get =
        name -> {
          String v = lookup.apply(name);
          return v == null || v.isBlank() ? null : v.strip();
        };
    Optional<OidcClient> entra =
        client(
            get.apply("pcref.board.entra.issuer"),
            get.apply("pcref.board.entra.client-id"),
            get.apply("pcref.board.entra.client-secret"));
    String slackIssuer = get.apply("pcref.board.slack.issuer");
    Optional<OidcClient> slack =
        client(
            slackIssuer == null ? SLACK_ISSUER : slackIssuer,
            get.apply("pcref.board.slack.client-id"),
            get.apply("pcref.board.slack.client-secret"));
    // pcref.admins is the bot's one list of admins (chat and board); the board's older setting
    // still adds to it.
    String admins =
        String.join(
            ",",
            Optional.ofNullable(get.apply("pcref.admins")).orElse(""),
            Optional.ofNullable(get.apply("pcref.board.admins")).orElse(""));
    Set<String> adminKeys =
        admins.isBlank()
            ? Set.of()
            : Arrays.stream(admins.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    String everyone = get.apply("pcref.board.overview-for-everyone");
    String secret = get.apply("pcref.board.link-secret");
    if (secret != null && secret.length() < SHORTEST_LINK_SECRET) {
      throw new IllegalArgumentException(
          "pcref.board.link-secret must be at least " + SHORTEST_LINK_SECRET + " characters long");
    }
    return new BoardSettings(
        entra,
        slack,
        adminKeys,
        Optional.ofNullable(get.apply("pcref.board.admin-group")),
        everyone == null || !everyone.equalsIgnoreCase("false"),
        publicUrl(get.apply("pcref.board.public-url")),
        Optional.ofNullable(secret));
  }

  /** The board's public address, without a trailing slash; only http or https. */
  private static Optional<URI> publicUrl(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.replaceAll("/+$", ""));
      if (uri.getHost() == null
          || !("https".equalsIgnoreCase(uri.getScheme())
              || "http".equalsIgnoreCase(uri.getScheme()))
          || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw new URISyntaxException(value, "not an http or https address");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "pcref.board.public-url must be the board's address, such as https://pcref.trust.nhs.uk: "
              + e.getMessage());
    }
  }

  private static Optional<OidcClient> client(String issuer, String id, String secret) {
    if (issuer == null || id == null || secret == null) {
      return Optional.empty();
    }
    return Optional.of(new OidcClient(issuer, id, secret));
  }
}
