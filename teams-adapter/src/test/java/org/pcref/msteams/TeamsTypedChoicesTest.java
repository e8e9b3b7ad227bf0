package org.pcref.msteams;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pcref.msteams.TeamsChat.Person;

/**
 * In Teams, typing what a card's button says, with a typo, or a usual word for it, does what
 * pressing it does: the core reads it once for every platform.
 */
class TeamsTypedChoicesTest {

  private final TeamsChat teams = new TeamsChat();

  @AfterEach
  void stop() {
    teams.close();
  }

  @Test
  void shouldTakeAButtonsLabelTypedWithATypoAsTheButton() {
    Person alex = teams.inChannel("aad-alex", "Alex");
    alex.says("checkin co-production").expect("Co-Production", "Which level fits your team now?");

    alex.says("Check the descriptrs").expect("Co-Production — descriptors");
    alex.says("back").expect("Which level fits your team now?");
    alex.says("outstnading").expect("Outstanding for Co-Production");
  }

  @Test
  void shouldTakeAUsualWordForTheOneWayForward() {
    Person alex = teams.inChannel("aad-alex", "Alex");
    alex.says("checkin co-production").expect("Co-Production");
    alex.says("pause");
    alex.says("checkin").expect("You have a paused check-in");

    alex.says("carry on").expect("Co-Production", "Which level fits your team now?");
  }
}
