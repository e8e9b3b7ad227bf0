/**
 * The chat server: Spring Boot wiring of the bot, the framework loaded and checked at start, and
 * the health endpoint. Settings live in {@code application.yml}.
 */
package org.pcref.app.server;
