/**
 * Slack in the application: settings, the Bolt app and {@code /slack/events} wired when Slack is
 * configured, and the database stores Slack needs (events handled, workspace installations).
 */
package org.pcref.app.slack;
