package org.pcref.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Address;
import org.pcref.core.conversation.Choice;
import org.pcref.core.conversation.Delivery;
import org.pcref.core.conversation.Reply;
import org.pcref.teams.TeamsNotifier;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nudges through the stored conversation references: every activity keeps its conversation's
 * reference in the database, and the notifier writes there later, through the connector stub.
 */
class TeamsNudgeTest extends TeamsOverHttp {

  @Autowired TeamsNotifier notifier;

  private static final List<Reply> NUDGE =
      List.of(new Reply.Text("Your team’s check-in is due."), new Reply.Choices("Start it now?", List.of(Choice.ask("Start a check-in", "checkin"))));

  private static Address person(String aad) {
    return Address.directMessage("teams", TeamsActivities.TENANT, aad);
  }

  @Test
  void shouldNudgeAPersonAfterARateLimit() {
    send(teams.personal("aad-nia", "Nia", "hello"));
    CONNECTOR.reset();
    CONNECTOR.failNext(429, "1");

    Delivery delivery = notifier.deliver(person("aad-nia"), NUDGE);

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(((Delivery.Sent) delivery).messageId()).isNotBlank();
    List<ConnectorStub.Request> sent = CONNECTOR.requests();
    assertThat(sent).extracting(ConnectorStub.Request::path).containsOnly("/v3/conversations/a:1personal-aad-nia/activities");
    assertThat(sent).hasSize(3); // the refused first message, then both messages once
    assertThat(shown(sent.subList(1, 3))).contains("check-in is due", "Start it now?");
  }

  @Test
  void shouldNudgeAChannelWithANewPostRatherThanInAThread() {
    send(teams.channelMention("aad-ola", "Ola", "define co-learning"));
    CONNECTOR.reset();

    Delivery delivery = notifier.deliver(Address.channel("teams", TeamsActivities.TENANT, TeamsActivities.CHANNEL), NUDGE);

    assertThat(delivery).isInstanceOf(Delivery.Sent.class);
    assertThat(CONNECTOR.requests()).extracting(ConnectorStub.Request::path)
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
  void shouldGiveUpAfterAFewAttempts() {
    send(teams.personal("aad-ray", "Ray", "hello"));
    CONNECTOR.reset();
    for (int i = 0; i < 4; i++) {
      CONNECTOR.failNext(429, "0");
    }

    Delivery delivery = notifier.deliver(person("aad-ray"), NUDGE);

    assertThat(delivery).isInstanceOf(Delivery.Failed.class);
    assertThat(((Delivery.Failed) delivery).reason()).contains("4 attempts", "429");
    assertThat(CONNECTOR.requests()).hasSize(4);
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
    assertThat(notifier.deliver(person("aad-stranger"), NUDGE)).isInstanceOf(Delivery.Unreachable.class);
    assertThat(notifier.deliver(Address.directMessage("slack", "T1", "U1"), NUDGE)).isInstanceOf(Delivery.Unreachable.class);
  }
}
