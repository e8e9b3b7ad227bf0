/**
 * Questions and answers about the framework: reading a question in any reasonable phrasing (typos,
 * either word order, follow-ups) and answering with the framework's own words. {@link
 * org.pcref.core.qa.FrameworkQuestions} is the entry point.
 */
package org.pcref.core.qa;
