/**
 * The cultural-competency framework as data: the immutable model ({@link
 * org.pcref.framework.Framework}, {@link org.pcref.framework.Competency}, {@link
 * org.pcref.framework.Aim}, {@link org.pcref.framework.Level}, {@link org.pcref.framework.Scope}),
 * the bundled PCREF framework file ({@code pcref.yml}) and {@link
 * org.pcref.framework.FrameworkLoader}, which reads that file or a trust's own copy and rejects it
 * with {@link org.pcref.framework.InvalidFrameworkException} if anything in it is wrong.
 */
package org.pcref.framework;
