package org.pcref.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.message.Choice;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;

/**
 * The core's neutral replies as Block Kit. Every piece of text is escaped and marked verbatim (so
 * Slack neither links nor mentions anything in it), and Slack's limits are kept: long text is split
 * over several blocks, and a turn with more blocks than a message holds goes out as several
 * messages.
 */
final class BlockKitRenderer {

  static final int MAX_BLOCKS = 50;
  static final int MAX_TEXT = 3_000;
  static final int MAX_HEADER = 150;
  static final int MAX_BUTTON_LABEL = 75;

  /** The longest file shown inline, in one block with its fences. */
  static final int MAX_INLINE_FILE = MAX_TEXT - 6;

  /** What one message's blocks may add up to, in characters of JSON, with room to spare. */
  static final int MAX_MESSAGE_SIZE = 11_000;

  private static final com.google.gson.Gson BLOCK_JSON =
      com.slack.api.util.json.GsonFactory.createSnakeCase();

  /** A notification shows the first line or two; the blocks carry the whole answer. */
  static final int MAX_FALLBACK = 300;

  /**
   * The replies of one turn as messages, in order; a reply for the channel is a message of its own.
   */
  List<SlackMessage> messages(List<Reply> replies) {
    List<SlackMessage> messages = new ArrayList<>();
    List<Reply> pending = new ArrayList<>();
    for (Reply reply : replies) {
      if (reply instanceof Reply.ForChannel shared) {
        flush(pending, false, messages);
        pending.clear();
        flush(List.of(shared.reply()), true, messages);
      } else {
        pending.add(reply);
      }
    }
    flush(pending, false, messages);
    return messages;
  }

  /** The blocks of one reply, with no limit on their number (the caller packs them). */
  List<LayoutBlock> blocks(Reply reply) {
    if (reply instanceof Reply.Text text) {
      return textBlocks(SlackText.escape(text.text()));
    } else if (reply instanceof Reply.Choices question) {
      return withButtons(textBlocks(SlackText.escape(question.prompt())), question.choices());
    } else if (reply instanceof Reply.Card card) {
      return withButtons(CardBlocks.of(card), card.choices());
    } else if (reply instanceof Reply.File file) {
      return fileBlocks(file);
    } else if (reply instanceof Reply.Grid grid) {
      return withButtons(SlackLayouts.grid(grid), grid.choices());
    } else if (reply instanceof Reply.Summary summary) {
      return withButtons(SlackLayouts.summary(summary), summary.choices());
    } else if (reply instanceof Reply.Timeline timeline) {
      return withButtons(SlackLayouts.timeline(timeline), timeline.choices());
    } else if (reply instanceof Reply.Checklist checklist) {
      List<Choice> buttons = new ArrayList<>(List.of(checklist.submit()));
      buttons.addAll(checklist.choices());
      return withButtons(SlackChecklist.blocks(checklist), buttons);
    }
    return blocks(((Reply.ForChannel) reply).reply());
  }

  /** Buttons for {@code choices}: a row Slack shows whole, the rest in overflow menus. */
  List<LayoutBlock> buttons(List<Choice> choices) {
    return ChoiceRows.of(choices);
  }

  private List<LayoutBlock> withButtons(List<LayoutBlock> blocks, List<Choice> choices) {
    List<LayoutBlock> all = new ArrayList<>(blocks);
    all.addAll(buttons(choices));
    return all;
  }

  static List<LayoutBlock> textBlocks(String escaped) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String piece : SlackText.split(escaped.isBlank() ? " " : escaped, MAX_TEXT)) {
      blocks.add(section(s -> s.text(markdown(piece))));
    }
    return blocks;
  }

  /**
   * A file that was not shared as a Slack file (the upload failed, or a nudge): shown inline when
   * short, else only named, so that an export never becomes dozens of messages.
   */
  private static List<LayoutBlock> fileBlocks(Reply.File file) {
    List<LayoutBlock> blocks =
        new ArrayList<>(textBlocks("*" + SlackText.escape(file.name()) + "*"));
    String content = SlackText.escape(file.content().replaceFirst("^\uFEFF", "").stripTrailing());
    if (content.length() <= MAX_INLINE_FILE) {
      // Six characters of the block go to the ``` fences.
      blocks.add(section(s -> s.text(markdown("```" + content + "```"))));
    } else {
      long lines = file.content().lines().count();
      blocks.addAll(textBlocks("It has " + lines + " lines, too long to show in a message."));
    }
    return blocks;
  }

  static MarkdownTextObject markdown(String escaped) {
    return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
  }

  private void flush(List<Reply> replies, boolean forChannel, List<SlackMessage> messages) {
    if (replies.isEmpty()) {
      return;
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    for (Reply reply : replies) {
      if (!blocks.isEmpty()) {
        blocks.add(divider());
      }
      blocks.addAll(blocks(reply));
    }
    Buttons.keepUnique(blocks);
    if (forChannel) {
      markForEveryone(blocks);
    }
    String text = fallback(replies);
    List<LayoutBlock> page = new ArrayList<>();
    int size = 0;
    boolean first = true;
    for (LayoutBlock block : blocks) {
      int blockSize = sizeOf(block);
      if (!page.isEmpty() && (page.size() == MAX_BLOCKS || size + blockSize > MAX_MESSAGE_SIZE)) {
        messages.add(new SlackMessage(page, first ? text : "(continued) " + text, forChannel));
        first = false;
        page = new ArrayList<>();
        size = 0;
      }
      page.add(block);
      size += blockSize;
    }
    messages.add(new SlackMessage(page, first ? text : "(continued) " + text, forChannel));
  }

  /**
   * A block's size as Slack counts a message's: the characters of its JSON. Slack refuses a message
   * whose blocks add up to much more than 13,000 characters (msg_blocks_too_long), whatever the
   * documented limits of each block say.
   */
  static int sizeOf(LayoutBlock block) {
    return BLOCK_JSON.toJson(block).length();
  }

  /**
   * A message for the whole channel stays for the whole channel: its buttons are pressed by each
   * person for themselves (a round's Take part), so a press must neither take them away nor answer
   * in public.
   */
  private static void markForEveryone(List<LayoutBlock> blocks) {
    for (LayoutBlock block : blocks) {
      if (block instanceof ActionsBlock row) {
        for (BlockElement element : row.getElements()) {
          if (element instanceof ButtonElement button) {
            button.setActionId(Buttons.forEveryone(button.getActionId()));
          } else if (element instanceof OverflowMenuElement menu) {
            menu.setActionId(Buttons.forEveryone(menu.getActionId()));
          }
        }
      }
    }
  }

  /** The notification text: the plain-text rendering, escaped and kept short. */
  static String fallback(List<Reply> replies) {
    String plain = SlackText.escape(PlainText.render(replies).text());
    return SlackText.shorten(plain.isBlank() ? " " : plain, MAX_FALLBACK);
  }
}
