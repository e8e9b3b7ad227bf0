/**
 * Which framework the application runs with: the framework-file setting shared by the server and
 * the terminal commands.
 */
package org.pcref.app.framework;
