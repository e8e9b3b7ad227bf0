/**
 * The bot's own settings ({@code pcref.*}), read the same way by the server and by the terminal
 * commands. Both use them and neither is used by them, so the entry point on top can start either
 * without the two pointing back up at it.
 */
package org.pcref.app.settings;
