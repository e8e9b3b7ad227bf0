package org.pcref.core.qa;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pcref.core.message.Choice;

/**
 * Which of the choices just offered a typed message picks, decided once for every step of every
 * flow: its number, its label in any case and with a typo or two, a recognisable part of the label
 * ("median" for "Good (median)", "descriptors" for "Check the descriptors"), or a usual word for it
 * ("yes", "ok", "carry on", "take part").
 *
 * <p>The latest message's choices are numbered 1…n and are read first; the choices of earlier
 * replies in the same turn are picked only by their whole label, so that a note or a question is
 * not taken for a button the person was not looking at.
 */
public final class TypedChoice {

  /** What a typed message comes to against the choices on offer. */
  public sealed interface Reading permits Picked, NoSuchNumber, NotAChoice {}

  /**
   * The message picks {@code choice}: by its number or whole label ({@code exact}), which reads
   * before a command of the same words, or by a part of it or a usual word for it, which a command
   * reads before.
   */
  public record Picked(Choice choice, boolean exact) implements Reading {}

  /** A number alone that is not one of the options 1 to {@code of}. */
  public record NoSuchNumber(int number, int of) implements Reading {}

  /** The message is not an answer to what was offered: read it as a message of its own. */
  public record NotAChoice() implements Reading {}

  private static final NotAChoice NOT_A_CHOICE = new NotAChoice();

  /** Words that carry nothing of which choice is meant. */
  private static final Set<String> FILLERS =
      Set.of(
          "the", "a", "an", "please", "pls", "plz", "i", "id", "ill", "say", "choose", "pick",
          "option", "number", "lets", "let", "us", "it", "me", "thanks", "thank", "you", "ta",
          "just", "go", "with", "one", "for", "now", "we", "our", "is", "its");

  /** A label as it is compared: its words, and those words run together, fillers aside. */
  private record Label(List<String> words, String compact) {

    static Label of(String label) {
      return LABELS.get(
          label,
          text -> {
            List<String> words = Words.of(text);
            return new Label(words, String.join("", meaningful(words)));
          });
    }
  }

  /**
   * Labels read once: the same few dozen labels ("Good", "Skip", a competency's name) are offered
   * again and again, and every turn compares what was typed with them.
   */
  private static final Cache<String, Label> LABELS =
      Caffeine.newBuilder().maximumSize(1_024).build();

  private TypedChoice() {}

  /**
   * What {@code text} picks of {@code latest} (the latest message's choices, numbered from 1) and
   * {@code earlier} (the other choices of the same turn).
   */
  public static Reading read(String text, List<Choice> latest, List<Choice> earlier) {
    if (latest.isEmpty() && earlier.isEmpty()) {
      return NOT_A_CHOICE;
    }
    List<String> said = Words.of(text);
    if (lettersOf(text) > lettersOf(String.join("", said))) {
      return NOT_A_CHOICE; // words of a script no label is in: a note, never a button
    }
    List<String> words = meaningful(said);
    if (words.size() == 1 && isNumber(words.get(0))) {
      // with nothing numbered (a checklist's own numbers), a number is the flow's to read
      if (latest.isEmpty()) {
        return NOT_A_CHOICE;
      }
      int number = Integer.parseInt(words.get(0));
      return number >= 1 && number <= latest.size()
          ? new Picked(latest.get(number - 1), true)
          : new NoSuchNumber(number, latest.size());
    }
    if (words.isEmpty()) {
      return NOT_A_CHOICE;
    }
    Optional<Choice> whole = byLabel(words, latest).or(() -> byLabel(words, earlier));
    if (whole.isPresent()) {
      return new Picked(whole.get(), true);
    }
    return byKind(said, latest)
        .or(() -> byPart(words, latest))
        .<Reading>map(choice -> new Picked(choice, false))
        .orElse(NOT_A_CHOICE);
  }

  private static long lettersOf(String text) {
    return text.codePoints().filter(Character::isLetter).count();
  }

  private static boolean isNumber(String word) {
    if (word.isEmpty() || word.length() > 4) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The one choice whose label, fillers aside, is what was typed, a typo or two allowed. */
  private static Optional<Choice> byLabel(List<String> typed, List<Choice> offered) {
    String compact = String.join("", typed);
    Choice best = null;
    int bestTypos = Integer.MAX_VALUE;
    boolean tie = false;
    for (Choice choice : offered) {
      if (compact.length() > choice.label().length() + Typos.MOST_ALLOWED) {
        continue; // longer than the label could be, typos and all: most questions are
      }
      String label = Label.of(choice.label()).compact();
      if (label.isEmpty()) {
        continue;
      }
      int allowed = Typos.allowedFor(Math.min(label.length(), compact.length()));
      int typos = Typos.distance(compact, label, allowed);
      if (typos <= allowed && typos < bestTypos) {
        best = choice;
        bestTypos = typos;
        tie = false;
      } else if (typos <= allowed && typos == bestTypos && !sameAction(best, choice)) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /** "yes", "ok", "carry on": the one choice of the kind it says. */
  private static Optional<Choice> byKind(List<String> said, List<Choice> offered) {
    if (said.size() > UsualAnswer.LONGEST) {
      return Optional.empty();
    }
    List<String> phrase = new ArrayList<>(said);
    phrase.remove("please");
    for (UsualAnswer kind : UsualAnswer.ofTyped(String.join(" ", phrase))) {
      Optional<Choice> direct = onlyOf(kind, offered);
      if (direct.isPresent()) {
        return direct;
      }
      List<Choice> forward = new ArrayList<>();
      for (UsualAnswer also : kind.alsoMeans()) {
        onlyOf(also, offered).ifPresent(forward::add);
      }
      if (forward.size() == 1) {
        return Optional.of(forward.get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<Choice> onlyOf(UsualAnswer kind, List<Choice> offered) {
    List<Choice> of = new ArrayList<>();
    for (Choice choice : offered) {
      if (kind.labels(Label.of(choice.label()).words())) {
        of.add(choice);
      }
    }
    return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
  }

  /**
   * The one choice whose label holds every word typed, each a typo or two allowed: "median" for
   * "Good (median)", "not yet" for "Not yet Developing". Not a suggested question: part of one,
   * typed, is a question of its own.
   */
  private static Optional<Choice> byPart(List<String> typed, List<Choice> offered) {
    Choice found = null;
    for (Choice choice : offered) {
      if (choice.actionId().equals(Choice.ASK)) {
        continue;
      }
      if (choice.label().length() <= typed.size() * 2) {
        continue; // too short to hold more words than were typed
      }
      List<String> label = Label.of(choice.label()).words();
      if (label.size() > typed.size() && holdsAll(label, typed)) {
        if (found != null && !sameAction(found, choice)) {
          return Optional.empty(); // two choices hold it: the person has not said which
        }
        found = choice;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean holdsAll(List<String> label, List<String> typed) {
    for (String word : typed) {
      if (!holds(label, word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(List<String> label, String word) {
    for (String each : label) {
      int allowed = Typos.allowedFor(Math.min(each.length(), word.length()));
      if (Typos.distance(word, each, allowed) <= allowed) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAction(Choice a, Choice b) {
    return a != null
        && b != null
        && a.actionId().equals(b.actionId())
        && a.value().equals(b.value());
  }

  private static List<String> meaningful(List<String> words) {
    List<String> kept = new ArrayList<>(words.size());
    for (String word : words) {
      if (!FILLERS.contains(word)) {
        kept.add(word);
      }
    }
    return kept;
  }
}
