package org.pcref.web;

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
 * and {@link java.time.Clock} beans.
 */
@Configuration(proxyBeanMethods = false)
@Import({
  BoardSecurity.class,
  BoardPages.class,
  TeamPages.class,
  Downloads.class,
  BoardModel.class,
  SignInPages.class
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

  @Bean
  Viewers viewers(BoardSettings settings, TeamStore teams) {
    return new Viewers(settings, teams);
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
