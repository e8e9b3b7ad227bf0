package org.pcref.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.Home;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.framework.FrameworkLoader;

/**
 * The replies the bot really sends, collected by talking to the real {@link Assistant} as people in
 * Slack do: questions, every step of a check-in (with and without the descriptor checklist), a
 * check-in of all eight competencies ending in a summary of eight, with a long Bengali note, the
 * team grid with eight ratings, history, exports, a team round and the help. Each turn is kept
 * under a name, so a limit broken names the turn that broke it.
 */
final class ReplyCatalogue {

  /** Nearly 1,000 characters of Bengali: as long an evidence note as the bot takes. */
  static final String LONG_BENGALI_NOTE = bengaliNote(990);

  private final Map<String, List<Reply>> turns = new LinkedHashMap<>();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
  private final ConversationKey lead = SlackAdapter.key("T1", "C1", "U1");
  private List<Reply> last = List.of();

  private ReplyCatalogue() {}

  /** Every turn of every conversation, by name. */
  static ReplyCatalogue collect() {
    ReplyCatalogue c = new ReplyCatalogue();
    c.says("help", "");
    c.says("question: a level of a competency", "what does good mean for co-production?");
    c.says("question: a definition", "define co-learning");
    c.says("question: the competencies", "list all competencies");
    c.says("question: the levels", "what are the levels");
    c.says(
        "question: from one level to the next",
        "how do we get from good to outstanding in co-learning?");
    c.says("question: not understood", "blue elephants on a Tuesday");
    c.says("check-in: the question", "checkin co-production");
    c.presses("check-in: what each level means", "What each level means");
    c.presses("check-in: the descriptor checklist", "Check the descriptors");
    c.says("check-in: the suggested level", "1 2 3");
    c.presses("check-in: the evidence note", "Yes, ");
    c.presses("check-in: the summary of one", "No note");
    c.says("check-in of all eight: first question", "checkin all");
    c.rateAllEight();
    c.says("team grid with eight ratings", "team");
    c.says("history", "history co-production");
    c.says("history: which competency", "history");
    c.says("team people", "team people");
    c.says("team help", "team help");
    c.says("export csv", "export csv");
    c.says("export json", "export json");
    c.says("nudge settings", "remind");
    c.says("team round opened", "checkin team co-production");
    c.turns.put("welcome in a channel", c.bot.welcome(false));
    c.turns.put("welcome in a direct message", c.bot.welcome(true));
    return c;
  }

  private static String bengaliNote(int at) {
    String long_ =
        "আমাদের দল প্রতি মাসে রোগী ও পরিবারের সঙ্গে সহ-উৎপাদন সভা করে; অনুবাদক থাকে এবং সিদ্ধান্ত লিখে রাখা হয়। "
            .repeat(12);
    return long_.substring(0, long_.lastIndexOf(' ', at)).strip();
  }

  Map<String, List<Reply>> turns() {
    return turns;
  }

  /** Every reply of every turn, for a check that takes them all. */
  List<Reply> all() {
    return turns.values().stream().flatMap(List::stream).toList();
  }

  /** The lead's App Home after all of it: the team grid with eight ratings. */
  Home home() {
    return bot.home(SlackAdapter.key("T1", "D1", "U1"));
  }

  private void rateAllEight() {
    String[] levels = {"Good", "Developing", "Outstanding", "Not yet Developing"};
    for (int i = 0; i < 8; i++) {
      presses("check-in of all eight: level " + (i + 1), levels[i % levels.length]);
      if (i == 0) {
        says("check-in of all eight: a long Bengali note", LONG_BENGALI_NOTE);
      } else {
        presses("check-in of all eight: note " + (i + 1), "No note");
      }
    }
  }

  private void says(String name, String text) {
    turn(name, Inbound.text(lead, "Sam Okafor", text).inChannelNamed("ward-1"));
  }

  /** Presses the choice labelled {@code label} (or starting with it, when it ends in a space). */
  private void presses(String name, String label) {
    Choice choice =
        choices(last)
            .filter(
                c -> label.endsWith(" ") ? c.label().startsWith(label) : c.label().equals(label))
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError("no choice “" + label + "” before " + name + " in " + last));
    turn(name, Inbound.action(lead, "Sam Okafor", choice.toAction()).inChannelNamed("ward-1"));
  }

  private void turn(String name, Inbound inbound) {
    List<Reply> replies = bot.handle(inbound);
    bot.posted(inbound.key(), replies);
    turns.put(name, replies);
    last = replies;
  }

  private static Stream<Choice> choices(List<Reply> replies) {
    List<Choice> all = new ArrayList<>();
    for (Reply reply : replies) {
      Reply inner = reply instanceof Reply.ForChannel shared ? shared.reply() : reply;
      if (inner instanceof Reply.Choices question) {
        all.addAll(question.choices());
      } else if (inner instanceof Reply.Card card) {
        all.addAll(card.choices());
      }
    }
    return all.stream();
  }
}
