package org.pcref.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * A person asks for their data, or to be forgotten; an admin answers requests that came by email.
 */
class AskingForMyDataTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryConversationStore conversations = new InMemoryConversationStore();
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final RecordingPersonalData data = new RecordingPersonalData();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          conversations,
          new InMemoryTeamStore(),
          new InMemoryNudgeStore(List::of),
          new InMemoryRoundStore(),
          CheckInSettings.DEFAULTS,
          RoundSettings.DEFAULTS,
          clock,
          new DataProtection(
              audit,
              data,
              new Admins(Set.of(new PersonKey("test", "tenant", "iggy"))),
              Handover.AS_FILES));
  private final Chat alex = Chat.direct(bot, "Alex");
  private final Chat iggy = Chat.direct(bot, "Iggy");
  private final PersonKey alexKey = new PersonKey("test", "tenant", "alex");

  @Test
  void shouldGiveAPersonTheirDataAsJsonAndCsvInADirectMessage() {
    alex.says("my data").expectReply("everything I hold about you (1 records)");
    List<Reply.File> files =
        alex.replies().stream()
            .filter(Reply.File.class::isInstance)
            .map(Reply.File.class::cast)
            .toList();
    assertThat(files)
        .extracting(Reply.File::mediaType)
        .containsExactly("application/json", "text/csv");
    assertThat(files.get(0).content())
        .contains("\"person\":\"test/tenant/alex\"", "\"level\":\"Good\"");
    assertThat(files.get(1).content()).contains("ratings,1,note,\"'=our rota, \"\"shared\"\"\"");
    assertThat(data.exported).containsExactly(alexKey);
    assertThat(audit.all()).extracting(AuditEntry::action).containsExactly("data export");
  }

  @Test
  void shouldKeepAPersonsDataOutOfAChannel() {
    Chat inChannel = Chat.in(bot, "ward-7", "Alex");
    inChannel.says("my data").expectReply("only talk about it in a direct message");
    inChannel.says("forget me").expectReply("only talk about it in a direct message");
    assertThat(data.exported).isEmpty();
  }

  @Test
  void shouldForgetAPersonOnlyOnceTheyConfirm() {
    alex.says("forget me").expectReply("Forget you?", "type yes or no");
    alex.says("no").expectReply("Nothing was erased");
    assertThat(data.forgotten).isEmpty();

    alex.says("forget me");
    alex.says("yes").expectReply("I have forgotten you (2 records");
    assertThat(data.forgotten).containsExactly(alexKey);
    assertThat(conversations.load(new ConversationKey("test", "tenant", "dm-alex", "alex")))
        .as("the erasing turn saves nothing: the state is the one that asked")
        .hasValueSatisfying(state -> assertThat(state.offered()).hasSize(2));
    assertThat(audit.all())
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("erasure", "a person erased their own data"));
  }

  @Test
  void shouldForgetAPersonWhoPressesTheButtonInTheMiddleOfACheckIn() {
    Chat.in(bot, "ward-7", "Alex").says("checkin").says("cancel");
    alex.says("checkin workforce").expectReply("Workforce");
    alex.says("forget me").expectReply("Forget you?", "Which level fits your team now?");
    alex.presses("Yes, forget me").expectReply("I have forgotten you");
    assertThat(data.forgotten).containsExactly(alexKey);
  }

  @Test
  void shouldIgnoreAConfirmationPressedLongAfter() {
    alex.says("forget me");
    var yes = alex.button("Yes, forget me");
    clock.advance(Duration.ofMinutes(11));
    alex.press(yes).expectReply("That confirmation has expired; nothing was erased");
    assertThat(data.forgotten).isEmpty();
  }

  @Test
  void shouldRefuseAdminCommandsKindlyToEveryoneElse() {
    alex.says("admin audit").expectReply("only the trust’s admins can do that");
    alex.says("admin forget person test/tenant/sam").expectReply("only the trust’s admins");
    assertThat(data.forgotten).isEmpty();
  }

  @Test
  void shouldLetAnAdminExportAndEraseAnyone() {
    iggy.says("admin export person test/tenant/sam").expectReply("1 records about test/tenant/sam");
    assertThat(iggy.replies()).filteredOn(Reply.File.class::isInstance).hasSize(2);
    iggy.says("admin forget person test/tenant/sam").expectReply("Erase test/tenant/sam?");
    alex.press(iggy.button("Yes, erase")).expectReply("only the trust’s admins");
    iggy.presses("Yes, erase").expectReply("Erased test/tenant/sam: 2 records");
    assertThat(data.forgotten).containsExactly(new PersonKey("test", "tenant", "sam"));
    iggy.says("admin audit")
        .expectReply("Iggy · erasure: person test/tenant/sam", "Iggy · data export");
    iggy.says("admin forget person sam").expectReply("A key is slack/");
  }
}
