/**
 * Every kind of reply the bot sends, collected from real conversations with the {@link
 * org.pcref.core.conversation.Assistant}: the list each platform's render and limits tests check.
 * Published in bot-core's test jar.
 */
package org.pcref.core.catalogue;
