package org.pcref.web;

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
 */
public record BoardSettings(
    Optional<OidcClient> entra,
    Optional<OidcClient> slack,
    Set<String> admins,
    Optional<String> adminGroup,
    boolean overviewForEveryone) {

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
    return new BoardSettings(
        entra,
        slack,
        adminKeys,
        Optional.ofNullable(get.apply("pcref.board.admin-group")),
        everyone == null || !everyone.equalsIgnoreCase("false"));
  }

  private static Optional<OidcClient> client(String issuer, String id, String secret) {
    if (issuer == null || id == null || secret == null) {
      return Optional.empty();
    }
    return Optional.of(new OidcClient(issuer, id, secret));
  }
}
