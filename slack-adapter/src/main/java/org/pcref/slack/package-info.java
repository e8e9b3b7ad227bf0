/**
 * Slack only: Bolt requests turned into the core's {@code Inbound} messages, the core's neutral
 * replies rendered as Block Kit and sent back (ack, {@code response_url} or {@code
 * chat.postMessage}), App Home, and the Slack sender behind the core's outbound port. Nothing here
 * decides what the bot says.
 */
package org.pcref.slack;
