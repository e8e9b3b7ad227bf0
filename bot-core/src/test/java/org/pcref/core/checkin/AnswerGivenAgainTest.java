package org.pcref.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Chat;
import org.pcref.core.conversation.ConversationState;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Rating;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.FrameworkLoader;

/**
 * The bot stops after recording a rating and before saving the conversation: the person is asked
 * the same question again, and what they answer then is what counts, not the answer they were never
 * told was kept.
 */
class AnswerGivenAgainTest {

  private final TestClock clock = TestClock.at("2026-11-26T10:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final StopsOnce conversations = new StopsOnce();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(), conversations, teams, CheckInSettings.DEFAULTS, clock);
  private final Chat alex = Chat.in(bot, "ward-7", "Alex");

  @Test
  void theNoteGivenAgainAfterAStopIsTheOneKept() {
    alex.says("checkin co-production").says("good");
    conversations.stopAtNextSave = true;

    alex.says("Monthly forum").expectReply("Sorry, something went wrong");
    alex.says("Monthly forum with carers")
        .expectReply("Check-in done", "Note: Monthly forum with carers");

    assertThat(teams.ratings(teamId()))
        .extracting(Rating::competencyId, Rating::level, Rating::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "co-production", TeamLevel.GOOD, "Monthly forum with carers"));
  }

  @Test
  void aLevelChosenAfterGoingBackIsTheTeamsLevel() {
    alex.says("checkin co-production").says("good");
    conversations.stopAtNextSave = true;
    alex.says("no note").expectReply("Sorry, something went wrong");

    alex.says("back").says("outstanding").says("no note").expectReply("Check-in done");

    // The first answer was given too, at its time: it stays in the history, under the later one.
    assertThat(teams.ratings(teamId()))
        .extracting(Rating::level)
        .containsExactly(TeamLevel.GOOD, TeamLevel.OUTSTANDING);
    alex.says("team").expectReply("Co-Production: Outstanding");
  }

  private String teamId() {
    return teams
        .findByChannel(new org.pcref.core.team.Workspace("test", "tenant"), "ward-7")
        .orElseThrow()
        .id();
  }

  /** Conversations in memory, whose next save can be made to fail as a stopped process would. */
  private static final class StopsOnce extends InMemoryConversationStoreWrapper {
    boolean stopAtNextSave;

    @Override
    public void save(ConversationKey key, ConversationState state) {
      if (stopAtNextSave) {
        stopAtNextSave = false;
        throw new IllegalStateException("stopped");
      }
      super.save(key, state);
    }
  }

  /** The core's in-memory store, to extend (it is final). */
  private static class InMemoryConversationStoreWrapper
      implements org.pcref.core.conversation.ConversationStore {
    private final InMemoryConversationStore store = new InMemoryConversationStore();

    @Override
    public java.util.Optional<ConversationState> load(ConversationKey key) {
      return store.load(key);
    }

    @Override
    public void save(ConversationKey key, ConversationState state) {
      store.save(key, state);
    }

    @Override
    public java.util.List<CheckIn> pausedCheckIns(String teamId) {
      return store.pausedCheckIns(teamId);
    }
  }
}
