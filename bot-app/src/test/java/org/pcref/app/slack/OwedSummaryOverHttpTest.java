package org.pcref.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackStub;

/**
 * A check-in's summary that never reached the channel (Slack did not take it, or the bot stopped
 * before posting it) is not lost: the answers were saved with it, and the next command in the
 * channel posts it, once.
 */
class OwedSummaryOverHttpTest extends RunningSlackApp {

  @Test
  void aSummarySlackNeverTookIsPostedWithTheNextCommandOnce() {
    slack.command(TEAM, "C30", "ward-30", "U1", "checkin co-production", SLACK.responseUrl("o1"));
    slack.command(TEAM, "C30", "ward-30", "U1", "good", SLACK.responseUrl("o2"));
    SLACK.always("/respond/lost", new SlackStub.Answer(500, Map.of(), "unavailable"));

    slack.command(TEAM, "C30", "ward-30", "U1", "Monthly forum", SLACK.responseUrl("lost"));
    assertThat(onlyPostTo("lost")).contains("Check-in done — ward-30");

    HttpResponse<String> next =
        slack.command(TEAM, "C30", "ward-30", "U1", "team", SLACK.responseUrl("again"));
    assertThat(next.body()).contains("I may not have posted this in the channel earlier");
    List<SlackStub.Call> posted =
        SLACK.await(c -> c.path().equals("/respond/again"), 2, Duration.ofSeconds(10));
    String summary = posted.get(0).body();
    assertThat(summary).contains("Check-in done — ward-30", "Co-Production: Good");
    assertThat(Blocks.parse(summary).get("response_type").getAsString()).isEqualTo("in_channel");

    HttpResponse<String> after =
        slack.command(TEAM, "C30", "ward-30", "U1", "team", SLACK.responseUrl("after"));
    awaitHandled();
    assertThat(after.body()).doesNotContain("I may not have posted");
    assertThat(SLACK.calls().stream().filter(c -> c.path().equals("/respond/after")))
        .noneMatch(c -> c.body().contains("Check-in done"));
  }

  private String onlyPostTo(String name) {
    return SLACK
        .await(c -> c.path().equals("/respond/" + name), 1, Duration.ofSeconds(10))
        .get(0)
        .body();
  }
}
