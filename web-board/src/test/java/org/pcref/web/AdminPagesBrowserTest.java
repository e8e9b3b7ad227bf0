package org.pcref.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/** The admin pages in a real browser, signed in as Dave the admin: readable, and accessible. */
class AdminPagesBrowserTest {

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
  void shouldShowAnAdminThePersonPageAndTheAuditTrail() throws Exception {
    browser.open(TestServers.url(server, "/admin/person"));
    TestServers.nextSignIn(SampleTrust.DAVE, "Dave Day");
    browser.driver.findElement(By.linkText("Sign in with Microsoft")).click();
    browser.waitForText("A person’s data");
    browser.assertAccessible();
    browser.screenshot("admin-person");

    browser.driver.findElement(By.id("forget-key")).sendKeys(OnePersonsData.BOB.asString());
    browser.driver.findElement(By.cssSelector("form[action$='/forget'] button")).click();
    browser.waitForText("Nothing was erased");
    browser.assertAccessible();

    browser.driver.findElement(By.linkText("audit trail")).click();
    browser.waitForText("Every change a lead or admin made");
    assertThat(browser.text()).contains("Audit trail", "Signed in as Dave Day");
    browser.assertAccessible();
    browser.screenshot("admin-audit");
  }
}
