package org.pcref.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message ready to send: at most {@link BlockKitRenderer#MAX_BLOCKS} blocks, the plain
 * notification text, and whether it is for the whole channel rather than only the person who asked.
 */
record SlackMessage(List<LayoutBlock> blocks, String text, boolean forChannel) {
  SlackMessage {
    blocks = List.copyOf(blocks);
  }
}
