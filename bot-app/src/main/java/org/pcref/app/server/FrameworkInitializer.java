package org.pcref.app.server;

import org.pcref.app.framework.FrameworkFile;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads the framework named by {@code pcref.framework-file} (the bundled one when it is empty) and
 * makes it the {@code framework} bean. It runs before the context refreshes, so a broken file stops
 * the server before anything else starts, and {@link StartProblemReporter} says why.
 */
public class FrameworkInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String file = context.getEnvironment().getProperty(FrameworkFile.PROPERTY);
    context.getBeanFactory().registerSingleton("framework", FrameworkFile.load(file));
  }
}
