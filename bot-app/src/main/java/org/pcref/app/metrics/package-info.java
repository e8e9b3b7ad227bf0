/**
 * The bot's own metrics, named {@code pcref_...}: turns, check-ins, nudges and events deduplicated,
 * counted where they happen, in the server's Micrometer registry. They are published at {@code
 * /actuator/prometheus} only when the operator exposes that endpoint.
 */
package org.pcref.app.metrics;
