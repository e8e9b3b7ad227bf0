package org.pcref.core.message;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says, as neutral data. Each adapter has one renderer that turns these into its
 * platform's format (Block Kit, Adaptive Cards, plain text); nothing here is formatted for a
 * platform, and every string is plain text that the renderer escapes.
 */
public sealed interface Reply
    permits Reply.Text,
        Reply.Card,
        Reply.Choices,
        Reply.File,
        Reply.ForChannel,
        Reply.Grid,
        Reply.Summary,
        Reply.Timeline,
        Reply.Checklist {

  /** A short plain-text message. */
  record Text(String text) implements Reply {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A structured answer: a title (competency and level), an optional subtitle, sections of items
   * quoted from the framework, an optional footer and buttons. Where buttons are shown as text,
   * they are numbered for typing, unless {@code numbered} is false: the card's items carry numbers
   * of their own (a checklist), and its buttons are typed as their words.
   */
  record Card(
      String title,
      String subtitle,
      List<Section> sections,
      String footer,
      List<Choice> choices,
      boolean numbered)
      implements Reply {
    public Card {
      Objects.requireNonNull(title, "title");
      subtitle = subtitle == null ? "" : subtitle;
      sections = List.copyOf(sections);
      footer = footer == null ? "" : footer;
      choices = List.copyOf(choices);
    }

    public Card(
        String title,
        String subtitle,
        List<Section> sections,
        String footer,
        List<Choice> choices) {
      this(title, subtitle, sections, footer, choices, true);
    }
  }

  /** A question with buttons to answer it. */
  record Choices(String prompt, List<Choice> choices) implements Reply {
    public Choices {
      Objects.requireNonNull(prompt, "prompt");
      choices = List.copyOf(choices);
    }
  }

  /** A file for the user to keep (an export): in chat an attachment, in the terminal its text. */
  record File(String name, String mediaType, String content) implements Reply {
    public File {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mediaType, "mediaType");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * A reply for everyone in the channel, not only the person who asked (a check-in summary).
   * Platforms that answer privately by default post this one in the channel.
   */
  record ForChannel(Reply reply) implements Reply {
    public ForChannel {
      Objects.requireNonNull(reply, "reply");
      if (reply instanceof ForChannel) {
        throw new IllegalArgumentException("already for the channel");
      }
    }
  }

  /** A titled group of items in a card; the heading may be empty. */
  record Section(String heading, List<Item> items) {
    public Section {
      heading = heading == null ? "" : heading;
      items = List.copyOf(items);
    }

    public static Section of(String heading, List<String> texts) {
      return new Section(heading, texts.stream().map(Item::of).toList());
    }
  }

  /** One bulleted item, with optional sub-items (Trauma Informed Care's six principles). */
  record Item(String text, List<String> subItems) {
    public Item {
      Objects.requireNonNull(text, "text");
      subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }

    public static Item of(String text) {
      return new Item(text, List.of());
    }
  }

  /**
   * A team's levels as a table, one row per competency: what a renderer shows as columns (or
   * fields), so that the levels can be read at a glance.
   */
  record Grid(
      String title, String subtitle, List<GridRow> rows, String footer, List<Choice> choices)
      implements Reply {
    public Grid {
      Objects.requireNonNull(title, "title");
      subtitle = subtitle == null ? "" : subtitle;
      rows = List.copyOf(rows);
      footer = footer == null ? "" : footer;
      choices = List.copyOf(choices);
    }
  }

  /**
   * One competency of a {@link Grid}; {@code who} and {@code when} are empty when it was never
   * rated.
   *
   * @param overdue whether it is due for review (never rated, or rated too long ago)
   */
  record GridRow(String competency, Badge level, String who, String when, boolean overdue) {
    public GridRow {
      Objects.requireNonNull(competency, "competency");
      Objects.requireNonNull(level, "level");
      who = who == null ? "" : who;
      when = when == null ? "" : when;
    }
  }

  /**
   * The end of a check-in: each competency's level before and after, its note, and the next steps
   * (which a renderer may fold away).
   */
  record Summary(
      String title,
      String subtitle,
      List<Change> changes,
      List<Section> nextSteps,
      List<Choice> choices)
      implements Reply {
    public Summary {
      Objects.requireNonNull(title, "title");
      subtitle = subtitle == null ? "" : subtitle;
      changes = List.copyOf(changes);
      nextSteps = List.copyOf(nextSteps);
      choices = List.copyOf(choices);
    }
  }

  /**
   * One competency of a {@link Summary}.
   *
   * @param before the level before, or null for a first rating
   * @param after the level given, or null when the competency was skipped
   * @param note the evidence note, or empty
   */
  record Change(String competency, Badge before, Badge after, Trend trend, String note) {
    public Change {
      Objects.requireNonNull(competency, "competency");
      Objects.requireNonNull(trend, "trend");
      note = note == null ? "" : note;
    }
  }

  /** A compact history, newest first. */
  record Timeline(String title, List<Moment> moments, String empty, List<Choice> choices)
      implements Reply {
    public Timeline {
      Objects.requireNonNull(title, "title");
      moments = List.copyOf(moments);
      empty = empty == null ? "" : empty;
      choices = List.copyOf(choices);
    }
  }

  /** One entry of a {@link Timeline}: when, the level, who, how it was given, and its note. */
  record Moment(String when, Badge level, String who, String how, String note) {
    public Moment {
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(level, "level");
      who = who == null ? "" : who;
      how = how == null ? "" : how;
      note = note == null ? "" : note;
    }
  }

  /**
   * Items to tick, in groups, answered all at once: a platform shows toggles and one {@code submit}
   * button whose {@link Action} carries the ids ticked ({@link Action#ticked()}). Each tick's id is
   * its number on the card, counted across every group, so that the same numbers typed in the
   * terminal are the same answer.
   */
  record Checklist(
      String title,
      String subtitle,
      List<TickGroup> groups,
      Choice submit,
      List<Choice> choices,
      String footer)
      implements Reply {
    public Checklist {
      Objects.requireNonNull(title, "title");
      subtitle = subtitle == null ? "" : subtitle;
      groups = List.copyOf(groups);
      Objects.requireNonNull(submit, "submit");
      choices = List.copyOf(choices);
      footer = footer == null ? "" : footer;
    }
  }

  /** A titled group of a {@link Checklist} (a level's descriptors). */
  record TickGroup(String heading, List<Tick> ticks) {
    public TickGroup {
      heading = heading == null ? "" : heading;
      ticks = List.copyOf(ticks);
    }
  }

  /** One item to tick: its id (its number on the card) and its text. */
  record Tick(String id, String text) {
    public Tick {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A level as a word with a tone: renderers show both (a coloured badge with its word), never the
   * colour alone.
   */
  record Badge(String word, Tone tone) {
    public Badge {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(tone, "tone");
    }
  }

  /** How a level changed since the one before. */
  enum Trend {
    UP("up"),
    DOWN("down"),
    SAME("same"),
    FIRST("first rating"),
    SKIPPED("skipped");

    private final String word;

    Trend(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }
}
