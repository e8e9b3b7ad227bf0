package org.pcref.core.qa;

import org.pcref.framework.Level;

/**
 * What the conversation was last about, so that a follow-up ("and Outstanding?") can be understood.
 * Any part may be null.
 *
 * @param competencyId the competency last answered about
 * @param level the level last answered about
 * @param subject what was asked of them: {@code definition}, {@code aims}, {@code level}, {@code
 *     next}, {@code compare}, {@code levels}
 */
public record QaContext(String competencyId, Level level, String subject) {

  public static final QaContext NONE = new QaContext(null, null, null);
}
