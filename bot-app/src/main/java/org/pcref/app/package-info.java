/**
 * The runnable PCREF Bot: {@link org.pcref.app.PcrefBot} starts the chat server or runs a terminal
 * command. Each feature has its own package: {@code server} (Spring Boot), {@code terminal} (chat
 * and one-shot answers, no Spring) and {@code framework} (the framework-file setting both use).
 */
package org.pcref.app;
