package org.pcref.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.InMemoryAuditTrail;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/** Every change a lead makes is in the audit trail once, with who, when and where. */
class AuditingChangesTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          new InMemoryTeamStore(),
          new InMemoryNudgeStore(List::of),
          new InMemoryRoundStore(),
          CheckInSettings.DEFAULTS,
          RoundSettings.DEFAULTS,
          clock,
          new DataProtection(
              audit,
              new RecordingPersonalData(),
              new Admins(Set.of(new PersonKey("test", "tenant", "alex"))),
              Handover.AS_FILES));
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final Chat sam = Chat.in(bot, "ward-7", "Sam");

  @Test
  void shouldRecordEachChangeALeadMakesOnce() {
    alex.says("checkin").says("cancel");
    sam.says("checkin").says("cancel");
    sam.says("team rename Not Allowed").expectReply("Only a lead");
    alex.says("team rename Ward 7 Acute");
    alex.says("team add lead sam");
    alex.says("team remove sam");
    alex.says("correct workforce good");
    alex.says("remind every 2 weeks on Monday at 09:00");
    alex.says("remind").says("team");

    assertThat(audit.all())
        .extracting(AuditEntry::action, AuditEntry::byName, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "team rename", "Alex", "from ward-7 to Ward 7 Acute"),
            org.assertj.core.groups.Tuple.tuple(
                "team people", "Alex", "Sam is now a lead of the team"),
            org.assertj.core.groups.Tuple.tuple(
                "team people", "Alex", "Sam is no longer in the team"),
            org.assertj.core.groups.Tuple.tuple("correction", "Alex", "Workforce set to Good"),
            org.assertj.core.groups.Tuple.tuple(
                "nudge settings", "Alex", "remind every 2 weeks on Monday at 09:00"));
    assertThat(audit.all()).allSatisfy(e -> assertThat(e.platform()).isEqualTo("test"));
  }

  @Test
  void shouldShowTheLatestChangesToAnAdmin() {
    alex.says("checkin").says("cancel");
    alex.says("team rename Ward 7 Acute");
    Chat.direct(bot, "Alex")
        .says("admin audit")
        .expectReply("Audit trail — latest 1", "26 Nov 2026 10:00 · test · Alex · team rename");
  }
}
