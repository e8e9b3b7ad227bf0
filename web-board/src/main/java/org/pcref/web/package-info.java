/**
 * The trust's PCREF board on the web: server-rendered pages (overview, team, competency, trends,
 * overdue) and downloads over the core's read port ({@link org.pcref.core.picture.TrustPicture}),
 * the framework and the team store. No SQL here, and nothing that needs JavaScript.
 *
 * <p>Who sees what is decided in one place, {@link org.pcref.web.Viewer}: without sign-in the board
 * is local (loopback only, read-only, sees everything); with OpenID Connect (Entra ID or Sign in
 * with Slack) a signed-in person is mapped to the same person key the chat keys them by.
 */
package org.pcref.web;
