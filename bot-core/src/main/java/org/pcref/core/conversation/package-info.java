/**
 * The top of the core: the {@link org.pcref.core.conversation.Assistant} that takes one turn (a
 * message or a button press), decides which feature it is for, and saves the conversation's state.
 * It knows every feature; no feature knows it.
 */
package org.pcref.core.conversation;
