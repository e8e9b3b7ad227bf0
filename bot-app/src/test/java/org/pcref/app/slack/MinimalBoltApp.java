package org.pcref.app.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The benchmark's yardstick: the smallest Bolt app on the same server stack (Spring Boot, Tomcat,
 * Bolt's own servlet), answering every {@code /pcref} with a fixed string in the ack. The board's
 * Spring Security is on the test class path; left on, it would refuse every request here.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(
    excludeName = {
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
      "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"
    })
class MinimalBoltApp {

  @Bean
  ServletRegistrationBean<SlackAppServlet> minimalSlack(Environment environment) {
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(environment.getRequiredProperty("pcref.slack.api-url"));
    App app =
        new App(
            AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(environment.getRequiredProperty("pcref.slack.bot-token"))
                .signingSecret(environment.getRequiredProperty("pcref.slack.signing-secret"))
                .build());
    app.command("/pcref", (request, context) -> context.ack("Co-Production — Good"));
    return new ServletRegistrationBean<>(new SlackAppServlet(app), "/slack/events");
  }
}
