/**
 * The terminal: {@code chat} (an interactive conversation), {@code ask} (one answer) and {@code ask
 * --jsonl} (one JSON answer per input line), run without Spring so answers come fast. Answers are
 * the core's plain-text rendering; choices are picked by number.
 */
package org.pcref.app.terminal;
