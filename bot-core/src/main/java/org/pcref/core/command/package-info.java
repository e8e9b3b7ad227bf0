/**
 * The shape every command has: the words that call it, who may use it, the lines the help lists it
 * with, and what carries it out ({@link org.pcref.core.command.Command}); and the registry that
 * reads which command a message is and generates the help from what was registered ({@link
 * org.pcref.core.command.CommandRegistry}). It knows no feature: the conversation registers the
 * bot's commands, the team feature its sub-commands, each with its own kind of handler.
 */
package org.pcref.core.command;
