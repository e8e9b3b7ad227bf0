/**
 * Slack in the server: the settings, which decide whether and how Slack is connected, and the
 * Spring wiring of the adapter's {@link org.pcref.slack.SlackConnection} (its servlets, Socket Mode
 * and notifier). Everything that speaks Slack, its database stores included, is in slack-adapter.
 */
package org.pcref.app.slack;
