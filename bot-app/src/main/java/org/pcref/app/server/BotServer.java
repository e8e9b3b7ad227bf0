package org.pcref.app.server;

import java.time.Clock;
import org.pcref.core.conversation.Bot;
import org.pcref.core.conversation.ConversationStore;
import org.pcref.core.conversation.InMemoryConversationStore;
import org.pcref.framework.Framework;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The chat server: Spring Boot with the bot wired from the framework (see {@link
 * FrameworkInitializer}) and {@code /actuator/health}. Platform endpoints join it as the Slack and
 * Teams adapters arrive.
 */
@SpringBootApplication
public class BotServer {

  /**
   * Starts the server and returns 0 once it is up, or 1 if it could not start; why has been
   * reported by then, on standard error or in the log.
   */
  public static int start(String[] args) {
    try {
      SpringApplication.run(BotServer.class, args);
      return 0;
    } catch (RuntimeException e) {
      return 1;
    }
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ConversationStore conversationStore() {
    return new InMemoryConversationStore();
  }

  @Bean
  Bot bot(Framework framework, ConversationStore conversationStore, Clock clock) {
    return new Bot(framework, conversationStore, clock);
  }
}
