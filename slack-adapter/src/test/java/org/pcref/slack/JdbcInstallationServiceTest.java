package org.pcref.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.bolt.model.builtin.DefaultBot;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Installed workspaces keep their bot token sealed with a key from the app's client secret. */
class JdbcInstallationServiceTest {

  private final DataSource database = SlackTables.inMemory();

  private static DefaultBot bot(String team, String token) {
    DefaultBot bot = new DefaultBot();
    bot.setTeamId(team);
    bot.setBotUserId("U-bot");
    bot.setBotAccessToken(token);
    bot.setBotScope("chat:write");
    return bot;
  }

  @Test
  void aSavedTokenIsReadBackWithTheSameSecret() throws Exception {
    new JdbcInstallationService(database, Clock.systemUTC(), "secret-1")
        .saveBot(bot("T1", "xoxb-t1"));

    JdbcInstallationService again =
        new JdbcInstallationService(database, Clock.systemUTC(), "secret-1");
    assertThat(again.findBot(null, "T1").getBotAccessToken()).isEqualTo("xoxb-t1");
    assertThat(again.forWorkspace("T1")).contains("xoxb-t1");
  }

  @Test
  void afterTheClientSecretChangesTheWorkspaceCountsAsNotInstalledAndTheLogSaysWhatToDo()
      throws Exception {
    new JdbcInstallationService(database, Clock.systemUTC(), "secret-1")
        .saveBot(bot("T2", "xoxb-t2"));
    Logger logger = (Logger) LoggerFactory.getLogger(JdbcInstallationService.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try {
      JdbcInstallationService rotated =
          new JdbcInstallationService(database, Clock.systemUTC(), "secret-2");

      assertThat(rotated.findBot(null, "T2")).isNull();
      assertThat(rotated.forWorkspace("T2")).isEmpty();
      assertThat(log.list)
          .isNotEmpty()
          .allSatisfy(
              event ->
                  assertThat(event.getFormattedMessage())
                      .contains("install the app in that workspace again")
                      .doesNotContain("xoxb"));
    } finally {
      logger.detachAppender(log);
    }
  }
}
