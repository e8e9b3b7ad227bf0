package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcref.app.server.BotServer;
import org.pcref.app.storage.Database;
import org.pcref.app.storage.SharedConversations;
import org.pcref.slack.SlackStub;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances behind one load balancer, sharing PostgreSQL, asked over HTTP as Slack asks: a
 * question is answered in the ack, its follow-up on the other instance; a signed command sent
 * again, to either, is acked and not run again.
 */
class SlackOnPostgresTest {

  static final SlackStub SLACK = new SlackStub();
  static final String FORM = "application/x-www-form-urlencoded";

  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.start();
    first = instance();
    second = instance();
  }

  @AfterAll
  static void stop() throws Exception {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    postgres.close();
    SLACK.close();
  }

  private static ConfigurableApplicationContext instance() {
    return new SpringApplicationBuilder(BotServer.class)
        .run(
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--pcref.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--pcref.database.user=postgres",
            "--pcref.nudges.enabled=false",
            "--pcref.slack.bot-token=xoxb-on-postgres",
            "--pcref.slack.signing-secret=" + SlackRequests.SECRET,
            "--pcref.slack.api-url=" + SLACK.apiUrl());
  }

  private static SlackRequests requestsTo(ConfigurableApplicationContext instance) {
    return new SlackRequests(((WebServerApplicationContext) instance).getWebServer().getPort());
  }

  @Test
  void aQuestionIsAnsweredInTheAckAndItsFollowUpOnTheOtherInstance() {
    HttpResponse<String> asked =
        requestsTo(first)
            .command(SlackStub.TEAM, "C1", "ward-1", "U1", "define co-production", url("q1"));
    // The follow-up context is written within a second; here, at once.
    ((SharedConversations) first.getBean(Database.class).conversations()).flush();
    HttpResponse<String> followUp =
        requestsTo(second)
            .command(SlackStub.TEAM, "C1", "ward-1", "U1", "and its aims?", url("q2"));

    assertThat(asked.body()).contains("Co-Production");
    assertThat(followUp.body()).contains("Co-Production").containsIgnoringCase("aims");
  }

  @Test
  void aSignedQuestionSentAgainToEitherInstanceIsAckedAndNotAnsweredAgain() {
    String body =
        SlackRequests.commandForm(
            SlackStub.TEAM,
            "C2",
            "ward-2",
            "U2",
            "define workforce",
            url("again"),
            "13345224609.738474920.again");
    SlackRequests.Signature signature = requestsTo(first).signedNow(body);

    HttpResponse<String> original = requestsTo(first).send(body, FORM, signature, Map.of());
    HttpResponse<String> toTheSame = requestsTo(first).send(body, FORM, signature, Map.of());
    HttpResponse<String> toTheOther = requestsTo(second).send(body, FORM, signature, Map.of());

    assertThat(original.body()).contains("Workforce");
    assertThat(toTheSame.statusCode()).isEqualTo(200);
    assertThat(toTheSame.body()).isEmpty();
    assertThat(toTheOther.statusCode()).isEqualTo(200);
    assertThat(toTheOther.body()).isEmpty();
  }

  @Test
  void aSignedCommandSentAgainIsNotRunAgain() {
    String body =
        SlackRequests.commandForm(
            SlackStub.TEAM,
            "C3",
            "ward-3",
            "U3",
            "team",
            url("team"),
            "13345224609.738474920.team");
    SlackRequests.Signature signature = requestsTo(first).signedNow(body);

    HttpResponse<String> original = requestsTo(first).send(body, FORM, signature, Map.of());
    HttpResponse<String> again = requestsTo(second).send(body, FORM, signature, Map.of());

    assertThat(original.body()).isNotEmpty();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEmpty();
  }

  private static String url(String name) {
    return SLACK.responseUrl(name);
  }
}
