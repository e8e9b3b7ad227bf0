package org.pcref.web;

import java.time.Clock;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.team.TeamStore;
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
}
