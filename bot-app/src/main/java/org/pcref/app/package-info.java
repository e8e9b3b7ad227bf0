/**
 * The runnable PCREF Bot: {@link org.pcref.app.PcrefBot} starts the chat server or runs a terminal
 * command. Each feature has its own package: {@code server} (Spring Boot), {@code terminal} (chat
 * and one-shot answers, no Spring), and below them {@code settings} and {@code framework} (the
 * settings and the framework file both use).
 */
package org.pcref.app;
