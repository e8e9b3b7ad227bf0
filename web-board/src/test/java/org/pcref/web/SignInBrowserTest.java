package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signing in through a local OpenID Connect provider in a real browser, as Bob of Ward 1 East: his
 * team in full, another team refused, signing out.
 */
class SignInBrowserTest {

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
  void shouldSignInSeeTheirTeamBeRefusedAnotherAndSignOut() throws Exception {
    browser.open(TestServers.url(server, "/"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
    browser.assertAccessible();
    browser.screenshot("sign-in");

    TestServers.nextSignIn(SampleTrust.BOB, "Bob Brown");
    browser.driver.findElement(By.linkText("Sign in with Microsoft")).click();
    browser.waitForText("Signed in as");
    assertThat(browser.text())
        .contains("Signed in as Bob Brown", "Ward 1 East")
        .doesNotContain("Local board");
    browser.assertAccessible();
    browser.screenshot("signed-in-overview");

    browser.driver.findElement(By.linkText("Ward 1 East")).click();
    browser.waitForUrl("/teams/");
    assertThat(browser.text()).contains(SampleTrust.SECRET_NOTE);
    browser.assertAccessible();
    browser.screenshot("signed-in-team");

    browser.open(TestServers.url(server, "/teams/" + SampleTrust.CRISIS));
    assertThat(browser.text()).contains("You cannot see this page").doesNotContain("Carol Cole");
    browser.assertAccessible();
    browser.screenshot("refused-team");

    browser.open(TestServers.url(server, "/"));
    browser.driver.findElement(By.cssSelector(".signout button")).click();
    browser.waitForUrl("/signed-out");
    assertThat(browser.text()).contains("You have signed out");
    browser.open(TestServers.url(server, "/teams/" + SampleTrust.WARD));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
  }
}
