/**
 * The neutral message model every platform and feature shares, and that knows none of them: who
 * said what where ({@link org.pcref.core.message.Inbound}, {@link
 * org.pcref.core.message.ConversationKey}), what the bot says back ({@link
 * org.pcref.core.message.Reply}, {@link org.pcref.core.message.Choice}), the outbound port for
 * messages the bot starts ({@link org.pcref.core.message.Notifier}), the port that lets a message
 * delivered twice be handled once ({@link org.pcref.core.message.SeenKeys}), and the one policy for
 * trying a failed delivery again ({@link org.pcref.core.message.Backoff}).
 */
package org.pcref.core.message;
