package org.pcref.core.catalogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.conversation.Assistant;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.core.conversation.TestClock;
import org.pcref.core.message.Action;
import org.pcref.core.message.Choice;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.framework.FrameworkLoader;

/**
 * The replies the bot sends, each kind and each check-in step, taken from conversations driven
 * through the {@link Assistant} (never built by hand, so the list follows the bot): answers about
 * the framework, the whole check-in (level question, what each level means, the descriptor
 * checklist, the suggestion, the note, the summary of eight competencies with a long Bengali note),
 * the team grid with eight ratings, a competency's history, an export, a team round, and the short
 * texts. Render and limits tests of every platform check this one list.
 */
public final class ReplyCatalogue {

  /** One turn's replies, named for the test report and the screenshots' file names. */
  public record Entry(String name, List<Reply> replies) {
    public Entry {
      replies = List.copyOf(replies);
    }
  }

  /** A note near the longest a check-in takes (1,000 characters), in Bengali. */
  public static final String LONG_BENGALI_NOTE = bengaliNote();

  private final TestClock clock = TestClock.at("2026-06-01T09:00:00Z");
  private final InMemoryTeamStore teams = new InMemoryTeamStore();
  private final Assistant bot =
      new Assistant(
          FrameworkLoader.bundled(),
          new InMemoryConversationStore(),
          teams,
          new InMemoryNudgeStore(List::of),
          new InMemoryRoundStore(),
          CheckInSettings.DEFAULTS,
          RoundSettings.DEFAULTS,
          clock);
  private final List<Entry> entries = new ArrayList<>();
  private List<Reply> last = List.of();

  private ReplyCatalogue() {}

  /** Every entry, in the order the conversations produced them. */
  public static List<Entry> all() {
    ReplyCatalogue catalogue = new ReplyCatalogue();
    catalogue.askAboutTheFramework();
    catalogue.checkInOnEverything();
    catalogue.checkInAgainWithChanges();
    catalogue.lookAtTheTeam();
    return List.copyOf(catalogue.entries);
  }

  private void askAboutTheFramework() {
    Person sam = new Person("sam", "Sam", "dm-sam", true);
    sam.says("help", "help");
    sam.says("definition", "define co-production");
    sam.says("level", "what does good mean for co-production?");
    sam.says("all levels", "what are the levels of trauma informed care?");
    sam.says("aims", "aims of co-production");
    sam.says("moving on", "how do we move from good to outstanding in intersectionality?");
    sam.says("which competency", "what does good mean?");
    sam.says("topic", "which competency mentions the WRES?");
    sam.says("not understood", "qwzx plorf");
  }

  /** The first check-in of a new team, on all eight competencies, every step once. */
  private void checkInOnEverything() {
    Person alex = new Person("alex", "Alex", "ward-7", false);
    alex.says("check-in start", "checkin all");
    alex.presses("what each level means", "What each level means");
    alex.presses("checklist", "Check the descriptors");
    alex.ticks("suggestion", "Suggest a level", "1", "2");
    alex.presses("note question", "Yes, Developing");
    alex.says("after a note", "Our carers' forum meets monthly");
    for (String level :
        List.of("Good", "Outstanding", "Developing", "Good", "Good", "Developing")) {
      alex.presses("", level);
      alex.presses("", "No note");
    }
    alex.presses("", "Not yet Developing");
    alex.says("summary of eight, first ratings", LONG_BENGALI_NOTE);
  }

  /** A month later: every competency again, some up, some down, some the same. */
  private void checkInAgainWithChanges() {
    clock.advance(Duration.ofDays(30));
    Person jo = new Person("jo", "জো (Jo)", "ward-7", false);
    jo.says("", "checkin all");
    List<String> levels =
        List.of(
            "Good",
            "Outstanding",
            "Developing",
            "Outstanding",
            "Good",
            "Good",
            "Good",
            "Developing");
    for (int i = 0; i < levels.size(); i++) {
      jo.presses("", levels.get(i));
      if (i == 5) {
        jo.says("", LONG_BENGALI_NOTE);
      } else if (i == levels.size() - 1) {
        jo.says("summary of eight, up, down and same", "Reviewed with <b>*everyone*</b> [here](x)");
      } else {
        jo.presses("", "No note");
      }
    }
    jo.says("paused", "checkin co-learning");
    jo.says("pause", "pause");
    jo.says("paused offer", "checkin");
    jo.presses("", "Cancel it");
  }

  private void lookAtTheTeam() {
    Person alex = new Person("alex", "Alex", "ward-7", false);
    alex.says("grid of eight", "team");
    alex.says("history with a long Bengali note", "history co-production");
    alex.says("people", "team members");
    alex.says("export", "export csv");
    runARound(alex);
  }

  /** A team round on Co-Production: two private answers, the result, the lead's confirmation. */
  private void runARound(Person alex) {
    alex.says("", "team add sam");
    alex.says("round start", "checkin team co-production");
    Choice takePart = alex.button("Take part");
    Person sam = new Person("sam", "Sam", "ward-7", false);
    sam.press("round question", takePart);
    sam.presses("", "Good");
    sam.presses("round answered", "No note");
    alex.press("", takePart);
    alex.presses("", "Outstanding");
    alex.presses("", "No note");
    alex.says("round result", "round close");
    alex.presses("round confirm question", "Confirm the team’s level");
    alex.presses("", "Good");
    alex.says("round confirmed", "We agreed to invite service users to the next planning day");
  }

  /** Someone talking to the bot; each named turn becomes an entry. */
  private final class Person {
    private final ConversationKey key;
    private final String name;
    private final boolean direct;

    Person(String id, String name, String channel, boolean direct) {
      this.key = new ConversationKey("test", "tenant", channel, id);
      this.name = name;
      this.direct = direct;
    }

    void says(String entry, String text) {
      turn(entry, Inbound.text(key, name, text));
    }

    void presses(String entry, String label) {
      press(entry, button(label));
    }

    void press(String entry, Choice choice) {
      turn(entry, Inbound.action(key, name, choice.toAction()));
    }

    void ticks(String entry, String label, String... ids) {
      Choice submit =
          last.stream()
              .filter(Reply.Checklist.class::isInstance)
              .map(r -> ((Reply.Checklist) r).submit())
              .filter(c -> c.label().equals(label))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no checklist " + label));
      Action action = submit.toAction().ticking(List.of(ids));
      turn(entry, Inbound.action(key, name, action));
    }

    private void turn(String entry, Inbound inbound) {
      last = bot.handle(direct ? inbound.inDirectMessage() : inbound.inChannelNamed("ward-7"));
      bot.posted(key, last);
      if (!entry.isEmpty()) {
        entries.add(new Entry(entry, last));
      }
    }

    Choice button(String label) {
      for (Reply each : last) {
        Reply reply = each instanceof Reply.ForChannel shared ? shared.reply() : each;
        for (Choice choice : choicesOf(reply)) {
          if (choice.label().equals(label)) {
            return choice;
          }
        }
      }
      throw new IllegalStateException("no button " + label + " in " + last);
    }
  }

  private static List<Choice> choicesOf(Reply reply) {
    if (reply instanceof Reply.Card card) {
      return card.choices();
    } else if (reply instanceof Reply.Choices question) {
      return question.choices();
    } else if (reply instanceof Reply.Checklist checklist) {
      return checklist.choices();
    }
    return List.of();
  }

  private static String bengaliNote() {
    String sentence =
        "আমাদের দল প্রতি মাসে স্থানীয় সম্প্রদায়ের সঙ্গে আলোচনা সভা করে এবং মতামত লিখে রাখে। ";
    StringBuilder note = new StringBuilder();
    while (note.length() + sentence.length() < 990) {
      note.append(sentence);
    }
    return note.toString().strip().toLowerCase(Locale.ROOT);
  }
}
