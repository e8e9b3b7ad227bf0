/**
 * Questions and answers about the framework: reading a question in any reasonable phrasing (typos,
 * either word order, follow-ups, a level the team says it is at) and answering with the framework's
 * own words; a topic with every passage about it (a Lucene index with the framework file's
 * synonyms), questions about the bot itself with the command to type, whom to contact, and an
 * honest answer when the framework does not cover something. {@link
 * org.pcref.core.qa.FrameworkQuestions} is the entry point.
 */
package org.pcref.core.qa;
