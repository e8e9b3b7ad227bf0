/**
 * The top of the core: the {@link org.pcref.core.conversation.Assistant} that takes one turn (a
 * message or a button press), decides which feature it is for, and saves the conversation's state.
 * The bot's commands are registered in one place, {@code Commands}; the welcome and the home are
 * offered here for adapters to render. It knows every feature; no feature knows it.
 */
package org.pcref.core.conversation;
