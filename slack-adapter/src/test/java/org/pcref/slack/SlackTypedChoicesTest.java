package org.pcref.slack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.slack.SlackChat.Person;

/**
 * In Slack, typing what a button says, with a typo, or a usual word for it, does what pressing it
 * does: the core reads it once for every platform.
 */
class SlackTypedChoicesTest {

  private final SlackChat chat = new SlackChat();

  @AfterEach
  void stop() {
    chat.close();
  }

  @Test
  void shouldTakeAButtonsLabelTypedWithATypoAsTheButton() {
    Person alex = chat.inChannel("C7", "ward-7", "U1", "alex");
    alex.says("checkin co-production").expect("Co-Production", "Which level fits your team now?");

    alex.says("Check the descriptrs").expect("Co-Production — descriptors");
    alex.says("back").expect("Which level fits your team now?");
    alex.says("outstnading").expect("Outstanding for Co-Production");
  }

  @Test
  void shouldTakeAUsualWordForTheOneWayForward() {
    Person alex = chat.inChannel("C8", "ward-8", "U1", "alex");
    alex.says("checkin co-production").expect("Co-Production");
    alex.says("pause");
    alex.says("checkin").expect("You have a paused check-in");

    alex.says("yes").expect("Co-Production", "Which level fits your team now?");
  }
}
