package org.pcref.web;

import org.pcref.core.team.TeamStore;
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

  @Bean
  Viewers viewers(BoardSettings settings, TeamStore teams) {
    return new Viewers(settings, teams);
  }
}
