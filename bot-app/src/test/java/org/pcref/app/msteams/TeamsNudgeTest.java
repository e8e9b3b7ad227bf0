package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.message.Address;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Delivery;
import org.pcref.core.message.Notifier;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.reminder.Reminders;
import org.pcref.core.team.TeamStore;
import org.pcref.core.team.Workspace;
import org.pcref.framework.Framework;
import org.pcref.msteams.TeamsNotifier;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nudges through the stored conversation references: every activity keeps its conversation's
 * reference in the database, and the notifier writes there later, through the connector stub.
 */
class TeamsNudgeTest extends TeamsOverHttp {

  @Autowired TeamsNotifier notifier;

  private static final List<Reply> NUDGE =
      List.of(
          new Reply.Text("Your team’s check-in is due."),
          new Reply.Choices("Start it now?", List.of(Choice.ask("Start a check-in", "checkin"))));

  private static Address person(String aad) {
    return Address.directMessage("teams", TeamsActivities.TENANT, aad);
  }

  @Test
  void shouldNudgeAPersonAfterARateLimit() {
    send(teams.personal("aad-nia", "Nia", "hello"));
    CONNECTOR.reset();
    CONNECTOR.failNext(429, "1");

    assertThat(notifier.deliver(person("aad-nia"), NUDGE))
        .isEqualTo(new Delivery.Failed("Teams answered 429", Duration.ofSeconds(1)));
    Delivery delivery = notifier.deliver(person("aad-nia"), NUDGE); // the scheduler's next try

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(((Delivery.Sent) delivery).messageId()).isNotBlank();
    List<ConnectorStub.Request> sent = CONNECTOR.requests();
    assertThat(sent)
        .extracting(ConnectorStub.Request::path)
        .containsOnly("/v3/conversations/a:1personal-aad-nia/activities");
    assertThat(sent).hasSize(3); // the refused first message, then both messages once
    assertThat(shown(sent.subList(1, 3))).contains("check-in is due", "Start it now?");
  }

  @Test
  void shouldNudgeAChannelWithANewPostRatherThanInAThread() {
    send(teams.channelMention("aad-ola", "Ola", "define co-learning"));
    CONNECTOR.reset();

    Delivery delivery =
        notifier.deliver(
            Address.channel("teams", TeamsActivities.TENANT, TeamsActivities.CHANNEL), NUDGE);

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(CONNECTOR.requests())
        .extracting(ConnectorStub.Request::path)
        .containsOnly("/v3/conversations/" + TeamsActivities.CHANNEL + "/activities");
  }

  @Test
  void shouldStopWritingWhereTheBotWasRemovedUntilThePersonWritesAgain() {
    send(teams.personal("aad-pat", "Pat", "hello"));
    CONNECTOR.reset();
    CONNECTOR.failNext(403, null);

    assertThat(notifier.deliver(person("aad-pat"), NUDGE)).isInstanceOf(Delivery.Unreachable.class);
    assertThat(CONNECTOR.requests()).hasSize(1);

    assertThat(notifier.deliver(person("aad-pat"), NUDGE)).isInstanceOf(Delivery.Unreachable.class);
    assertThat(CONNECTOR.requests()).hasSize(1);

    send(teams.personal("aad-pat", "Pat", "I’m back"));
    assertThat(notifier.deliver(person("aad-pat"), NUDGE)).isInstanceOf(Delivery.Sent.class);
  }

  @Test
  void shouldTryOnceAndLeaveTheNextTryToTheScheduler() {
    send(teams.personal("aad-ray", "Ray", "hello"));
    CONNECTOR.reset();
    CONNECTOR.failNext(429, "0");
    SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    Metrics.addRegistry(metrics);

    Delivery delivery;
    try {
      delivery = notifier.deliver(person("aad-ray"), NUDGE);
    } finally {
      Metrics.removeRegistry(metrics);
    }

    assertThat(delivery).isEqualTo(new Delivery.Failed("Teams answered 429", Duration.ZERO));
    assertThat(CONNECTOR.requests()).hasSize(1);
    Counter rateLimited =
        metrics.find("pcref.teams.api.calls").tag("outcome", "ratelimited").counter();
    assertThat(rateLimited).isNotNull();
    assertThat(rateLimited.count()).isEqualTo(1);
  }

  @Test
  void shouldReportARefusedMessageWithoutWaiting() {
    send(teams.personal("aad-rio", "Rio", "hello"));
    CONNECTOR.reset();
    CONNECTOR.failNext(400, null);

    assertThat(notifier.deliver(person("aad-rio"), NUDGE))
        .isEqualTo(new Delivery.Failed("Teams answered 400", Duration.ZERO));
    assertThat(CONNECTOR.requests()).hasSize(1);
  }

  @Test
  void shouldForgetAChatWhenTheAppIsUninstalled() {
    send(teams.personal("aad-sol", "Sol", "hello"));
    var uninstalled = teams.installedPersonally("aad-sol").put("action", "remove");
    send(uninstalled);
    CONNECTOR.reset();

    assertThat(notifier.deliver(person("aad-sol"), NUDGE)).isInstanceOf(Delivery.Unreachable.class);
    assertThat(CONNECTOR.requests()).isEmpty();
  }

  @Test
  void shouldNotReachSomeoneTheBotNeverTalkedTo() {
    assertThat(notifier.deliver(person("aad-stranger"), NUDGE))
        .isInstanceOf(Delivery.Unreachable.class);
    assertThat(notifier.deliver(Address.directMessage("slack", "T1", "U1"), NUDGE))
        .isInstanceOf(Delivery.Unreachable.class);
  }

  @Autowired java.util.List<Notifier> notifiers;

  @Test
  void shouldOfferTheTeamsNotifierToTheNudgeScheduler() {
    assertThat(notifiers).extracting(Notifier::platform).contains("teams");
  }

  @Autowired Framework framework;
  @Autowired TeamStore teamStore;

  @Test
  void shouldBringTheCoresCheckInNudgeToTheLeadsPersonalChat() {
    String ward9 = "19:ward9channel@thread.tacv2";
    TeamsActivities inWard9 = teams.inChannel(ward9);
    send(teams.personal("aad-lead", "Lou", "hello"));
    send(inWard9.channelMention("aad-lead", "Lou", "checkin all"));
    for (int i = 0; i < 8; i++) {
      send(inWard9.channelMention("aad-lead", "Lou", "good"));
      send(inWard9.channelMention("aad-lead", "Lou", "no note"));
    }
    String teamId =
        teamStore
            .findByChannel(new Workspace("teams", TeamsActivities.TENANT), ward9)
            .orElseThrow()
            .id();
    CONNECTOR.reset();
    Notifier unused =
        new Notifier() {
          @Override
          public String platform() {
            return "log";
          }

          @Override
          public Delivery deliver(Address to, List<Reply> replies) {
            throw new AssertionError("a Teams team's nudge went to the fallback: " + to);
          }
        };
    // Two months on, at 10:00 on a weekday in London: outside the nudges' quiet hours.
    java.time.ZonedDateTime later =
        java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/London"))
            .plusDays(60)
            .withHour(10)
            .withMinute(0);
    while (later.getDayOfWeek().getValue() >= 6) {
      later = later.plusDays(1);
    }
    Clock twoMonthsOn = Clock.fixed(later.toInstant(), ZoneOffset.UTC);
    Reminders reminders =
        new Reminders(
            framework,
            teamStore,
            new org.pcref.core.conversation.InMemoryConversationStore(),
            new InMemoryNudgeStore(() -> List.of(teamId)),
            List.of(notifier),
            unused,
            twoMonthsOn);

    assertThat(reminders.sweep()).containsEntry(Reminders.Outcome.SENT, 1);

    List<ConnectorStub.Request> sent = CONNECTOR.requests();
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.path())
                    .isEqualTo("/v3/conversations/a:1personal-aad-lead/activities"));
    assertThat(shown(sent)).contains("Check-in due");
  }
}
