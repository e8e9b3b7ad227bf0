package org.pcref.app.slack;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the Slack settings name one of the modes of {@link ConditionalOnSlackMode}. */
class SlackConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes =
        metadata.getAnnotationAttributes(ConditionalOnSlackMode.class.getName());
    SlackSettings.Mode[] modes = (SlackSettings.Mode[]) attributes.get("value");
    return Arrays.asList(modes).contains(settings(context).mode());
  }

  private static SlackSettings settings(ConditionContext context) {
    return Binder.get(context.getEnvironment())
        .bind("pcref.slack", SlackSettings.class)
        .orElseGet(() -> new SlackSettings(null, null, null, null, null, null, null, null, null));
  }
}
