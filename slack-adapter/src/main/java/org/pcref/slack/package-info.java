/**
 * Slack only: Bolt requests turned into the core's {@code Inbound} messages, the core's neutral
 * replies rendered as Block Kit and sent back (ack, {@code response_url} or {@code
 * chat.postMessage}), App Home, and the Slack sender behind the core's outbound port; the
 * workspaces installed and the installs in progress, in the bot's database, with the SQL that
 * creates their tables ({@code db/migration/V3__slack.sql}). {@link
 * org.pcref.slack.SlackConnection} puts it together from plain settings. Nothing here decides what
 * the bot says.
 */
package org.pcref.slack;
