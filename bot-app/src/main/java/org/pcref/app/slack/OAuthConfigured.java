package org.pcref.app.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when the app is installed in workspaces by OAuth ({@code SLACK_CLIENT_ID} and secret). */
class OAuthConfigured implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    return SlackConfigured.settings(context).mode() == SlackSettings.Mode.OAUTH;
  }
}
