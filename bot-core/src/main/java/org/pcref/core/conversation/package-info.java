/**
 * The neutral message model every platform shares: who said what where ({@link
 * org.pcref.core.conversation.Inbound}), what the bot says back ({@link
 * org.pcref.core.conversation.Reply}), and the {@link org.pcref.core.conversation.Bot} that turns
 * one into the other.
 */
package org.pcref.core.conversation;
