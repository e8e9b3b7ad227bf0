/**
 * A person's data and the trust's duties about it: {@code my data} and {@code forget me}, the
 * admins' {@code admin export person}, {@code admin forget person} and {@code admin audit} ({@link
 * org.pcref.core.privacy.PrivacyCommands}), who the admins are ({@link
 * org.pcref.core.privacy.Admins}), the port that finds and erases a person's data wherever it is
 * stored ({@link org.pcref.core.privacy.PersonalData}), the workspaces that uninstalled the bot
 * ({@link org.pcref.core.privacy.Departures}), and the daily retention sweep ({@link
 * org.pcref.core.privacy.RetentionSweep}).
 */
package org.pcref.core.privacy;
