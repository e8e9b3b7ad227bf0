package org.pcref.core.privacy;

import java.time.Instant;
import java.util.List;
import org.pcref.core.message.Reply;

/**
 * How a person's record reaches whoever asked for it. In chat, two files (JSON and CSV); with the
 * web board on, a download link may replace them: that is this seam's second implementation.
 */
@FunctionalInterface
public interface Handover {

  /** The record as files in the conversation. */
  Handover AS_FILES = PersonFiles::of;

  List<Reply> replies(PersonRecord record, Instant now);
}
