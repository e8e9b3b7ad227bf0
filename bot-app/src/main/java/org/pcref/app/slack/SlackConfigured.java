package org.pcref.app.slack;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the Slack settings name a way to connect (see {@link SlackSettings#mode()}). */
class SlackConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return settings(context).mode() != SlackSettings.Mode.OFF;
  }

  static SlackSettings settings(ConditionContext context) {
    return Binder.get(context.getEnvironment())
        .bind("pcref.slack", SlackSettings.class)
        .orElseGet(() -> new SlackSettings(null, null, null, null, null, null, null, null, null));
  }
}
