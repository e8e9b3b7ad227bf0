/**
 * What the server's log lines carry besides their message: the id of the turn (or request) they
 * belong to, so that every line of one turn can be found together, in plain lines and in JSON.
 */
package org.pcref.app.logs;
