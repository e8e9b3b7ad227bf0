package org.pcref.core.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Reply;
import org.pcref.framework.FrameworkLoader;

/** Teams: zero setup, leads and members, direct messages, and who may change what. */
class RunningATeamTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          teams,
          CheckInSettings.DEFAULTS,
          clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");
  private final Chat sam = Chat.in(bot, "ward-7", "Sam");

  @Test
  void theFirstCheckInInAChannelCreatesItsTeamLedByWhoeverStartedIt() {
    alex.says("team").expectReply("This channel has no team yet");
    alex.says("checkin").says("cancel");
    sam.says("team")
        .expectReply(
            "ward-7 — PCREF self-assessment", "Leads: Alex", "Cultural Awareness: not rated yet");
    sam.says("export csv").says("history workforce");
    sam.says("team members").expectReply("Leads:", "Alex").expectNoReplyContaining("Sam");
    sam.says("checkin").says("cancel");
    sam.says("team members").expectReply("Leads:", "Alex", "Members:", "Sam");
  }

  @Test
  void onlyLeadsChangeTheTeam() {
    alex.says("checkin").says("cancel");
    sam.says("team rename Ward 7 Acute")
        .expectReply("Only a lead of ward-7 can rename the team. Leads: Alex.");
    sam.says("correct workforce good").expectReply("Only a lead of ward-7 can correct a rating");
    alex.says("team rename Ward 7 Acute").expectReply("the team is now called Ward 7 Acute");
    alex.says("team add lead @sam").expectReply("Sam is now a lead of Ward 7 Acute");
    sam.says("correct workforce good").expectReply("Workforce is now Good for Ward 7 Acute");
    sam.says("history workforce").expectReply("Good — Sam", "(correction)");
  }

  @Test
  void shouldLetLeadsSetTheDirectorateAndAnyoneInTheTeamAskIt() {
    alex.says("checkin").says("cancel");
    sam.says("team");

    sam.says("team directorate").expectReply("ward-7 is in no directorate yet");
    sam.says("team directorate Tower Hamlets")
        .expectReply("Only a lead of ward-7 can set the team’s directorate. Leads: Alex.");
    alex.says("team directorate   Tower   Hamlets ")
        .expectReply("ward-7 is now in the Tower Hamlets directorate");
    sam.says("team directorate").expectReply("ward-7 is in the Tower Hamlets directorate");
    assertThat(teams.findByChannel(new Workspace("test", "tenant"), "ward-7").orElseThrow())
        .extracting(Team::directorate)
        .isEqualTo(java.util.Optional.of("Tower Hamlets"));
    alex.says("team directorate " + "x".repeat(81)).expectReply("can be up to 80 characters");
    alex.says("team directorate none").expectReply("ward-7 is no longer in a directorate");
    sam.says("team directorate").expectReply("ward-7 is in no directorate yet");
    Chat.in(bot, "ward-9", "Jo")
        .says("team directorate Newham")
        .expectReply("This channel has no team yet");
  }

  @Test
  void theLastLeadCannotBeRemoved() {
    alex.says("checkin").says("cancel");
    alex.says("team remove lead alex").expectReply("Alex is the only lead of ward-7");
  }

  @Test
  void aRemovedPersonIsRefusedClearly() {
    alex.says("checkin").says("cancel");
    sam.says("team");
    alex.says("team remove sam").expectReply("Sam is no longer in ward-7");
    sam.says("team").expectReply("You’re not a member of ward-7. Ask a lead (Alex) to add you.");
    sam.says("checkin").expectReply("You’re not a member of ward-7");
    alex.says("team add sam");
    sam.says("team").expectReply("ward-7 — PCREF self-assessment");
  }

  @Test
  void aLeadLinksAnotherChannelToTheTeam() {
    alex.says("checkin workforce").says("good").says("no note");
    Chat inHuddle = Chat.in(bot, "ward-7-huddle", "Alex");
    inHuddle.says("team link ward-7").expectReply("This channel is now linked to ward-7");
    inHuddle.says("team").expectReply("Workforce: Good — Alex");
    inHuddle.says("team link ward-7").expectReply("This channel is already linked to ward-7");
    Chat samElsewhere = Chat.in(bot, "ward-9", "Sam");
    samElsewhere.says("team link ward-7").expectReply("Only a lead of ward-7 can link a channel");
  }

  @Test
  void inADirectMessageAPersonWorksWithTheirTeam() {
    Chat alexDirect = Chat.direct(bot, "Alex");
    alexDirect.says("checkin").expectReply("You’re not in a team yet");
    alex.says("checkin workforce").says("good").says("no note");
    alexDirect.says("team").expectReply("ward-7 — PCREF self-assessment", "Workforce: Good");
    Chat.in(bot, "ward-9", "Alex").says("checkin").says("cancel");
    alexDirect.says("team").expectReply("You’re in 2 teams. Which one is this about?");
    alexDirect.presses("ward-9").expectReply("Working with ward-9 now");
    alexDirect.says("team").expectReply("ward-9 — PCREF self-assessment");
    alexDirect.says("checkin workforce").expectReply("Check-in for ward-9");
  }

  @Test
  void exportsTheWholeAssessmentAndHistory() {
    alex.says("checkin workforce").says("good").says("=HYPERLINK(\"http://evil\"), said Sam");
    clock.advance(java.time.Duration.ofDays(1));
    alex.says("checkin workforce").says("outstanding").says("no note");
    alex.says("export csv");
    Reply.File csv = (Reply.File) alex.replies().get(0);
    assertThat(csv.name()).isEqualTo("pcref-ward-7.csv");
    assertThat(csv.content().lines().toList())
        .first()
        .isEqualTo("\uFEFFteam,competency_id,competency,level,note,by,at,check_in,current");
    assertThat(csv.content())
        .contains("ward-7,workforce,Workforce,Outstanding,,Alex,2026-11-27T10:00:00Z")
        .contains("\"'=HYPERLINK(\"\"http://evil\"\"), said Sam\"");
    alex.says("export json");
    Reply.File json = (Reply.File) alex.replies().get(0);
    assertThat(json.content())
        .contains(
            "\"team\" : \"ward-7\"", "\"level\" : \"Outstanding\"", "\"note\" : \"=HYPERLINK");
  }

  @Test
  void shouldListEveryTeamCommandOnceInTheTeamHelp() {
    alex.says("checkin").says("cancel");

    for (String asked : java.util.List.of("team help", "team what now")) {
      Reply.Card help = (Reply.Card) sam.says(asked).replies().get(0);
      assertThat(help.title()).isEqualTo("Team commands");
      assertThat(help.sections())
          .singleElement()
          .satisfies(
              section ->
                  assertThat(section.items())
                      .extracting(Reply.Item::text)
                      .containsExactly(
                          "team — the team’s levels at a glance",
                          "team members — who leads and who is in the team",
                          "team rename <name> (leads)",
                          "team directorate — the team’s directorate; team directorate <name> or none sets it (leads)",
                          "team add lead <person> / team remove lead <person> (leads)",
                          "team add <person> / team remove <person> (leads)",
                          "team link <team name> — typed in another channel, links it (leads)",
                          "history <competency> — a competency’s ratings over time",
                          "export csv / export json — the whole assessment and history",
                          "correct <competency> <level> — fix the current level (leads)"));
    }
  }

  @Test
  void shouldKeepLeadsOnlyTeamCommandsForLeads() {
    alex.says("checkin").says("cancel");
    sam.says("checkin").says("cancel");

    sam.says("team add lead sam").expectReply("Only a lead of ward-7 can add leads. Leads: Alex.");
    sam.says("team lead add sam").expectReply("Only a lead of ward-7 can add leads. Leads: Alex.");
    sam.says("team remove lead alex")
        .expectReply("Only a lead of ward-7 can remove leads. Leads: Alex.");
    sam.says("team add jo").expectReply("Only a lead of ward-7 can add members. Leads: Alex.");
    sam.says("team remove alex")
        .expectReply("Only a lead of ward-7 can remove members. Leads: Alex.");
    sam.says("remind weekly")
        .expectReply("Only a lead of ward-7 can change its nudges. Leads: Alex.");
    sam.says("remind").expectReply("Nudges — ward-7");
    sam.says("team lead").expectReply("ward-7 — people");
    String teamId =
        teams.findByChannel(new Workspace("test", "tenant"), "ward-7").orElseThrow().id();
    sam.presses("nudge.snooze", teamId)
        .expectReply("Only a lead of ward-7 can change its nudges. Leads: Alex.");
    alex.presses("nudge.snooze", teamId).expectReply("Saved.", "Snoozed until");
  }

  @Test
  void exportsNoFormulaThatSpansLinesOrHidesInAName() {
    Chat formulaName = Chat.in(bot, "ward-7", "@SUM(1+1)\nSam");
    alex.says("checkin workforce").says("good").says("+cmd|' /C calc'!A0\nsecond line");
    alex.says("team add " + "@SUM(1+1)\nSam");
    formulaName.says("checkin co-production").says("good").says("-2+3\r\nmore");
    alex.says("export csv");

    String csv = ((Reply.File) alex.replies().get(0)).content();
    assertThat(csv)
        .contains("\"'+cmd|' /C calc'!A0\nsecond line\"")
        .contains("\"'-2+3\nmore\"")
        .contains("\"'@SUM(1+1)\nSam\"")
        .doesNotContain(",+cmd", ",\"+cmd", ",-2+3", ",\"-2+3", ",@SUM", ",\"@SUM");
  }

  @Test
  void keepsNoControlCharactersInNotesOrNames() {
    Chat bell = Chat.in(bot, "ward-7", "Sam\u0007\u0000");
    alex.says("checkin workforce")
        .says("good")
        .says("Ward\u0000 huddle\u001b[2J notes\r\nline two\u0085");
    bell.says("checkin co-production").says("good").says("no note");
    alex.says("export csv");

    String csv = ((Reply.File) alex.replies().get(0)).content();
    assertThat(csv).contains("\"Ward huddle[2J notes\nline two\"", ",Sam,");
    assertThat(csv.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r'))
        .isEmpty();
  }

  @Test
  void aTeamCommandMidCheckInIsAnsweredThenTheQuestionAskedAgain() {
    alex.says("checkin co-production")
        .says("team")
        .expectReply("ward-7 — PCREF self-assessment", "Which level fits your team now?");
  }
}
