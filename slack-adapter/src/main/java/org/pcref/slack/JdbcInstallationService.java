package org.pcref.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.pcref.core.privacy.Departures;
import org.pcref.core.team.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspaces the app is installed in ({@code slack_installation}), one row per workspace (or
 * per organisation for an org-wide install) holding its bot token. Installing again replaces the
 * row; {@code tokens_revoked} and {@code app_uninstalled} delete it. Only the bot's token is kept:
 * the bot asks for no user scopes. The token is stored sealed (see {@link TokenSeal}). A workspace
 * whose row is deleted has left (its teams' data is deleted after a while, see {@link Departures});
 * installing again brings it back.
 */
final class JdbcInstallationService implements InstallationService, BotTokens {

  private static final String COLUMNS =
      "enterprise_id, team_id, app_id, bot_id, bot_user_id, bot_token, bot_scopes, installer_user_id, installed_at";

  private static final Logger log = LoggerFactory.getLogger(JdbcInstallationService.class);

  private final DataSource dataSource;
  private final Clock clock;
  private final TokenSeal seal;
  private final Departures departures;

  /**
   * Installations whose tokens are sealed with a key derived from the app's {@code clientSecret}.
   */
  JdbcInstallationService(DataSource dataSource, Clock clock, String clientSecret) {
    this(dataSource, clock, clientSecret, Departures.NONE);
  }

  /** The same, telling {@code departures} when a workspace uninstalls the app or installs again. */
  JdbcInstallationService(
      DataSource dataSource, Clock clock, String clientSecret, Departures departures) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.seal = TokenSeal.fromSecret(clientSecret);
    this.departures = departures;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new UnsupportedOperationException("installation history is not kept");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) throws SQLException {
    save(
        installer.getEnterpriseId(),
        installer.getTeamId(),
        installer.getAppId(),
        installer.getBotId(),
        installer.getBotUserId(),
        installer.getBotAccessToken(),
        installer.getBotScope(),
        installer.getInstallerUserId());
  }

  @Override
  public void saveBot(Bot bot) throws SQLException {
    save(
        bot.getEnterpriseId(),
        bot.getTeamId(),
        bot.getAppId(),
        bot.getBotId(),
        bot.getBotUserId(),
        bot.getBotAccessToken(),
        bot.getBotScope(),
        null);
  }

  @Override
  public void deleteBot(Bot bot) throws SQLException {
    deleteAll(bot.getEnterpriseId(), bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    // No user tokens are kept; the bot's row goes with deleteBot or deleteAll.
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM slack_installation WHERE installation_key = ?")) {
      delete.setString(1, key(enterpriseId, teamId));
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not delete the Slack installation of " + teamId, e);
    }
    // An organisation-wide install names no workspace: which of its workspaces' teams to let go is
    // not known here, so only a workspace's own departure is recorded.
    if (teamId != null) {
      departures.left(workspace(teamId), clock.instant());
    }
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    Row row = find(enterpriseId, teamId).orElse(null);
    if (row == null) {
      return null;
    }
    DefaultBot bot = new DefaultBot();
    bot.setEnterpriseId(row.enterpriseId);
    bot.setTeamId(row.teamId);
    bot.setAppId(row.appId);
    bot.setBotId(row.botId);
    bot.setBotUserId(row.botUserId);
    bot.setBotAccessToken(row.botToken);
    bot.setBotScope(row.botScopes);
    bot.setInstalledAt(row.installedAt);
    bot.setIsEnterpriseInstall(row.teamId == null);
    return bot;
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    Row row = find(enterpriseId, teamId).orElse(null);
    if (row == null) {
      return null;
    }
    DefaultInstaller installer = new DefaultInstaller();
    installer.setEnterpriseId(row.enterpriseId);
    installer.setTeamId(row.teamId);
    installer.setAppId(row.appId);
    installer.setBotId(row.botId);
    installer.setBotUserId(row.botUserId);
    installer.setBotAccessToken(row.botToken);
    installer.setBotScope(row.botScopes);
    installer.setInstallerUserId(row.installerUserId);
    installer.setInstalledAt(row.installedAt);
    installer.setIsEnterpriseInstall(row.teamId == null);
    return installer;
  }

  /** The bot token for a workspace, for messages the bot starts there. */
  @Override
  public Optional<String> forWorkspace(String teamId) {
    return find(null, teamId).map(row -> row.botToken);
  }

  private record Row(
      String enterpriseId,
      String teamId,
      String appId,
      String botId,
      String botUserId,
      String botToken,
      String botScopes,
      String installerUserId,
      Long installedAt) {}

  /** The workspace's own row, else its organisation's (an org-wide install). */
  private Optional<Row> find(String enterpriseId, String teamId) {
    String sql = "SELECT " + COLUMNS + " FROM slack_installation WHERE installation_key = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      for (String key :
          enterpriseId == null
              ? new String[] {key(null, teamId)}
              : new String[] {key(enterpriseId, teamId), key(enterpriseId, null)}) {
        select.setString(1, key);
        try (ResultSet rs = select.executeQuery()) {
          if (rs.next()) {
            Optional<String> token = seal.open(rs.getString(6), key);
            if (token.isEmpty()) {
              log.warn(
                  "The Slack installation {} holds a token this app cannot open (was SLACK_CLIENT_SECRET changed?); "
                      + "install the app in that workspace again",
                  key);
              return Optional.empty();
            }
            return Optional.of(
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    token.get(),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getTimestamp(9).getTime()));
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the Slack installation of " + teamId, e);
    }
  }

  private void save(
      String enterpriseId,
      String teamId,
      String appId,
      String botId,
      String botUserId,
      String botToken,
      String scopes,
      String installerUserId)
      throws SQLException {
    if (botToken == null) {
      throw new IllegalArgumentException("an installation without a bot token");
    }
    String key = key(enterpriseId, teamId);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM slack_installation WHERE installation_key = ?");
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO slack_installation (installation_key, "
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        delete.setString(1, key);
        delete.executeUpdate();
        String[] values = {
          key,
          enterpriseId,
          teamId,
          appId,
          botId,
          botUserId,
          seal.seal(botToken, key),
          scopes,
          installerUserId
        };
        for (int i = 0; i < values.length; i++) {
          insert.setString(i + 1, values[i]);
        }
        insert.setTimestamp(10, Timestamp.from(clock.instant()));
        insert.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    if (teamId != null) {
      departures.returned(workspace(teamId));
    }
  }

  private static Workspace workspace(String teamId) {
    return new Workspace(SlackAdapter.PLATFORM, teamId);
  }

  /** A workspace's key, or an organisation's for an org-wide install (no team). */
  static String key(String enterpriseId, String teamId) {
    return teamId != null ? "T:" + teamId : "E:" + enterpriseId;
  }
}
