package org.pcref.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.round.RoundStore;
import org.pcref.core.round.RoundSummaries;
import org.pcref.core.team.Directorates;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The web board, for the server to import: its pages and downloads at {@code /}, and its security
 * ({@link BoardSecurity}). Needs the server's {@link org.pcref.core.picture.TrustPicture}, {@link
 * org.pcref.framework.Framework}, {@link TeamStore}, {@link org.pcref.core.checkin.CheckInSettings}
 * {@link java.time.Clock} and {@link DataProtection} beans.
 */
@Configuration(proxyBeanMethods = false)
@Import({
  BoardSecurity.class,
  BoardPages.class,
  TeamPages.class,
  Downloads.class,
  LinkDownloads.class,
  BoardModel.class,
  SignInPages.class,
  AdminPages.class
})
public class BoardConfiguration {

  @Bean
  BoardSettings boardSettings(Environment environment) {
    return BoardSettings.from(environment::getProperty);
  }

  /**
   * The board's pages and downloads go out compressed (the overview of a thousand teams is a few
   * hundred kilobytes of repetitive markup, about a tenth of that gzipped). Only the board's types:
   * the chat platforms' JSON answers are left as they were. A {@code server.compression.*} setting
   * wins.
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableWebServerFactory> boardCompression(
      Environment environment) {
    return factory -> {
      if (environment.getProperty("server.compression.enabled") != null) {
        return;
      }
      Compression compression = new Compression();
      compression.setEnabled(true);
      compression.setMimeTypes(new String[] {"text/html", "text/css", "text/csv", "image/svg+xml"});
      factory.setCompression(compression);
    };
  }

  /** Downloads go in the audit trail (after the security filters, which say who is downloading). */
  @Bean
  DownloadAudit downloadAudit(DataProtection protection, Viewers viewers, Clock clock) {
    return new DownloadAudit(protection, viewers, clock);
  }

  @Bean
  Viewers viewers(BoardSettings settings, TeamStore teams) {
    return new Viewers(settings, teams);
  }

  /** How long a download link from the chat works. */
  static final Duration LINK_VALID_FOR = Duration.ofMinutes(15);

  /**
   * Signs the chat's download links with {@code pcref.board.link-secret} if set; otherwise with the
   * key the server keeps in its database ({@link LinkKey}), read when first needed; otherwise (a
   * board without a database, as in tests) with a key made now, whose links end with the process.
   */
  @Bean
  LinkSigner linkSigner(BoardSettings settings, Clock clock, ObjectProvider<LinkKey> stored) {
    Supplier<byte[]> key;
    if (settings.linkSecret().isPresent()) {
      byte[] secret = settings.linkSecret().get().getBytes(StandardCharsets.UTF_8);
      key = () -> secret;
    } else {
      LinkKey linkKey = stored.getIfAvailable(BoardConfiguration::keyOfThisProcess);
      key = memoized(linkKey);
    }
    return new LinkSigner(key, clock, LINK_VALID_FOR);
  }

  /**
   * Links for the chat's {@code export} when the board knows its public address; none otherwise.
   */
  @Bean
  DownloadLinks downloadLinks(BoardSettings settings, LinkSigner signer) {
    return settings
        .publicUrl()
        .<DownloadLinks>map(url -> new SignedLinks(url, signer))
        .orElse(DownloadLinks.NONE);
  }

  private static LinkKey keyOfThisProcess() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return () -> key;
  }

  /** The key read once it has been read successfully; a failure is tried again next time. */
  private static Supplier<byte[]> memoized(LinkKey key) {
    AtomicReference<byte[]> read = new AtomicReference<>();
    return () -> {
      byte[] bytes = read.get();
      if (bytes == null) {
        bytes = key.bytes();
        read.set(bytes);
      }
      return bytes;
    };
  }

  /** Admins put teams in directorates through the same core operation as the chat's leads. */
  @Bean
  Directorates boardDirectorates(TeamStore teams) {
    return new Directorates(teams);
  }

  /** A team's rounds for its page; without a round store (rounds not wired), none. */
  @Bean
  RoundSummaries boardRounds(
      Framework framework,
      ObjectProvider<RoundStore> rounds,
      ObjectProvider<RoundSettings> settings) {
    return new RoundSummaries(
        framework,
        rounds.getIfAvailable(InMemoryRoundStore::new),
        settings.getIfAvailable(() -> RoundSettings.DEFAULTS));
  }
}
