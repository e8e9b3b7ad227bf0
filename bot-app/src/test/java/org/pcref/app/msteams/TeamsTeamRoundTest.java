package org.pcref.app.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A team round in Teams over real HTTP: the announcement is a card in the channel, each member's
 * questions come as cards in their one-to-one chat with the bot, and the result goes to the
 * channel.
 */
class TeamsTeamRoundTest extends TeamsOverHttp {

  /** A channel of its own: the application and its database are shared with other tests. */
  private static final String ROUND_CHANNEL = "19:ward9rounds@thread.tacv2";

  private static final String CHANNEL_PATH = "/v3/conversations/" + ROUND_CHANNEL;

  @Test
  void shouldAnnounceInTheChannelAskEachMemberInTheirOwnChatAndPostTheResultInTheChannel() {
    TeamsActivities ward = teams.inChannel(ROUND_CHANNEL);
    List<ConnectorStub.Request> announced =
        send(ward.channelMention("aad-ria", "Ria", "checkin team co-production"));
    assertThat(announced).allSatisfy(r -> assertThat(r.path()).startsWith(CHANNEL_PATH));
    assertThat(shown(announced)).contains("Team round — ", "Co-Production");
    JsonNode takePart = button(announced, "Take part");
    String card = cardId(announced, "Take part");

    for (String name : List.of("Tom", "Uma", "Val")) {
      String aad = "aad-" + name.toLowerCase(java.util.Locale.ROOT);
      send(teams.personal(aad, name, "hello"));
      ObjectNode inChannel = ward.channelMention(aad, name, "round");
      send(inChannel);

      List<ConnectorStub.Request> question = send(ward.submit(inChannel, takePart, card));
      assertThat(question)
          .as("nothing in the channel, and the announcement keeps its button")
          .allSatisfy(
              r -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path()).startsWith("/v3/conversations/a:1personal-" + aad);
              });
      assertThat(shown(question)).contains("Which level fits your team now?");

      ObjectNode inChat = teams.personal(aad, name, "hello");
      List<ConnectorStub.Request> note = press(inChat, question, "Good");
      assertThat(shown(note)).contains("Add an evidence note?");
      List<ConnectorStub.Request> thanks = press(inChat, note, "No note");
      assertThat(shown(thanks)).contains("Thank you: your answers are in");
      assertThat(thanks)
          .allSatisfy(r -> assertThat(r.path()).startsWith("/v3/conversations/a:1personal-" + aad));
    }

    List<ConnectorStub.Request> noChat =
        send(ward.submit(ward.channelMention("aad-wes", "Wes", "round"), takePart, card));
    assertThat(shown(noChat)).contains("I can only ask you privately in a one-to-one chat");

    List<ConnectorStub.Request> closed = send(ward.channelMention("aad-ria", "Ria", "round close"));
    assertThat(closed).allSatisfy(r -> assertThat(r.path()).startsWith(CHANNEL_PATH));
    assertThat(shown(closed)).contains("Team round result", "Good: 3", "Median: Good");
  }
}
