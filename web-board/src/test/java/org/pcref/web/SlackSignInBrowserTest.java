package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sign in with Slack in a real browser, through a local OpenID Connect provider issuing Slack's
 * {@code https://slack.com/team_id} and {@code https://slack.com/user_id} claims: the person is
 * known by the same key the Slack adapter uses, so an admin configured as {@code
 * slack/<team>/<user>} sees every team, and someone else of the workspace only the overview.
 */
class SlackSignInBrowserTest {

  private static Browser browser;
  private static ConfigurableApplicationContext server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServers.signedIn();
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void shouldSignInWithSlackAsTheAdminTheSettingsName() throws Exception {
    signIn(TestServers.SLACK_ADMIN, "Sam Slack");
    assertThat(browser.text()).contains("Signed in as Sam Slack", "Crisis Team");

    browser.open(TestServers.url(server, "/teams/" + SampleTrust.CRISIS));
    assertThat(browser.text()).contains("Carol Cole", "Save the directorate");
    browser.assertAccessible();
    browser.screenshot("slack-admin-team");
    signOut();
  }

  @Test
  void shouldShowSomeoneElseOfTheWorkspaceOnlyTheOverview() throws Exception {
    signIn("U0SOMEONE", "Pat Slack");
    assertThat(browser.text()).contains("Signed in as Pat Slack", "Ward 1 East");

    browser.open(TestServers.url(server, "/teams/" + SampleTrust.WARD));
    assertThat(browser.text())
        .contains("You cannot see this page")
        .doesNotContain(SampleTrust.SECRET_NOTE);
    browser.assertAccessible();
    signOut();
  }

  private static void signIn(String userId, String name) throws Exception {
    browser.open(TestServers.url(server, "/"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
    assertThat(browser.text()).contains("Sign in with Microsoft", "Sign in with Slack");
    TestServers.nextSlackSignIn(userId, name);
    browser.driver.findElement(By.linkText("Sign in with Slack")).click();
    browser.waitForText("Signed in as");
    browser.assertAccessible();
  }

  private static void signOut() throws Exception {
    browser.open(TestServers.url(server, "/"));
    browser.driver.findElement(By.cssSelector(".signout button")).click();
    browser.waitForUrl("/signed-out");
  }
}
