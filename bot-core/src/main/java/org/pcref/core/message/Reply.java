package org.pcref.core.message;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says, as neutral data. Each adapter has one renderer that turns these into its
 * platform's format (Block Kit, Adaptive Cards, plain text); nothing here is formatted for a
 * platform, and every string is plain text that the renderer escapes.
 */
public sealed interface Reply
    permits Reply.Text, Reply.Card, Reply.Choices, Reply.File, Reply.ForChannel {

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
}
