package org.pcref.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pcref.app.nudge.NudgeEngine;
import org.pcref.core.reminder.Reminders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

@SpringBootTest(
    webEnvironment = WebEnvironment.NONE,
    // A data folder of its own: the one the other server tests share is held by their server.
    properties = {"pcref.nudges.enabled=false", "pcref.data-dir=target/test-data-nudges-off"})
class NudgesDisabledTest {

  @Autowired ApplicationContext context;

  @Test
  void anInstanceWithNudgesOffRunsNoScheduler() {
    assertThat(context.getBeansOfType(NudgeEngine.class)).isEmpty();
    assertThat(context.getBeansOfType(Reminders.class)).hasSize(1);
  }
}
