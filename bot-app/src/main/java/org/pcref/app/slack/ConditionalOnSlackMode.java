package org.pcref.app.slack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * A bean made only when Slack is connected in one of these ways (see {@link SlackSettings#mode()}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(SlackConfigured.class)
@interface ConditionalOnSlackMode {

  SlackSettings.Mode[] value() default {
    SlackSettings.Mode.HTTP, SlackSettings.Mode.OAUTH, SlackSettings.Mode.SOCKET
  };
}
