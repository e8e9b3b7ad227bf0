package org.pcref.msteams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests the bot must not act on are refused before the core sees them: nothing is answered,
 * nothing is kept as an address for nudges, and nothing is recorded as handled. Teams turns run on
 * the request's thread, so once the endpoint has answered, whatever it was going to do is done.
 */
class TeamsRequestCheckTest {

  private final TeamsChat teams = new TeamsChat();

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void shouldRefuseMalformedBodiesWith400() {
    for (String body :
        List.of("{not json", "", "[1,2]", "{\"type\":\"message\"}", "{\"type\":42,\"from\":[]}")) {
      assertThat(teams.post(body, null).status()).as(body).isEqualTo(400);
    }

    assertNothingDone();
  }

  @Test
  void shouldRefuseARequestWithoutAChannelTokenWhenTheAppHasAnId() {
    TeamsChat authenticated = teams.withAppId("6a1f0c2e-pcref-app");
    String question =
        TeamsChat.json(authenticated.personal("aad-alex", "Alex").message("define co-learning"));

    assertThat(authenticated.post(question, null).status()).as("no token").isEqualTo(401);
    assertThat(authenticated.post(question, "Bearer not-a-token").status())
        .as("not a JWT")
        .isEqualTo(401);
    assertThat(authenticated.post(question, "Bearer " + token("none")).status())
        .as("unsigned")
        .isEqualTo(401);
    assertThat(authenticated.post(question, "Bearer " + token("HS256")).status())
        .as("signed with a shared secret")
        .isEqualTo(401);
    assertThat(authenticated.post(question, "Basic YWxleDpzZWNyZXQ=").status())
        .as("not a bearer token")
        .isEqualTo(401);
    assertNothingDone();

    // Not recorded as handled either: the very same activity, once it may be taken, is answered.
    teams.post(question, null).expect("Co-Learning is a two-way process");
  }

  @Test
  void shouldNotReplyToAServiceUrlOutsideTheAllowList() {
    Activity elsewhere = teams.personal("aad-alex", "Alex").message("define co-learning");
    elsewhere.setServiceUrl("https://collector.evil.example/");

    assertThat(teams.post(elsewhere).status()).isEqualTo(403);
    assertNothingDone();
  }

  @Test
  void shouldNotAnswerATenantOutsideTheAllowList() {
    Activity otherTenant =
        teams.inChannelOfTenant("tenant-three", "aad-alex", "Alex").message("define co-learning");

    assertThat(teams.post(otherTenant).status()).isEqualTo(403);
    assertNothingDone();
  }

  @Test
  void shouldNeverAnswerOddActivitiesWithAServerError() {
    List<Consumer<ObjectNode>> oddities =
        List.of(
            a -> a.put("channelData", "not an object"),
            a -> a.putObject("channelData").put("tenant", "not an object"),
            a -> a.put("entities", "not a list"),
            a ->
                a.putArray("entities")
                    .addObject()
                    .put("type", "mention")
                    .put("mentioned", "not an account"),
            a -> a.put("value", "not an object"),
            a -> a.putObject("value").put("pcref", "not an object"),
            a -> a.putObject("value").putObject("pcref").put("action", 5),
            a -> a.put("text", 5),
            a -> a.put("type", "somethingNew"),
            a -> a.put("serviceUrl", "not a url"),
            a -> ((ObjectNode) a.path("conversation")).put("id", ""));
    for (Consumer<ObjectNode> oddity : oddities) {
      ObjectNode activity =
          (ObjectNode)
              Serialization.objectToTree(
                  teams.personal("aad-odd", "Odd").message("define co-learning"));
      oddity.accept(activity);

      assertThat(teams.post(activity.toString(), null).status())
          .as(activity.toString())
          .isLessThan(500);
    }
  }

  private void assertNothingDone() {
    assertThat(teams.connector.sent()).as("messages sent").isEmpty();
    assertThat(teams.references.active()).as("addresses kept for nudges").isEmpty();
    assertThat(teams.seen.isEmpty()).as("nothing recorded as handled").isTrue();
  }

  /**
   * A token claiming to come from the Bot Framework channel service, with this algorithm and no
   * real signature.
   */
  private static String token(String algorithm) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}";
    String claims =
        "{\"iss\":\"https://api.botframework.com\",\"aud\":\"6a1f0c2e-pcref-app\",\"serviceurl\":\"http://127.0.0.1/\"}";
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "."
        + (algorithm.equals("none")
            ? ""
            : base64.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8)));
  }
}
