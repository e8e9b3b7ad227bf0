package org.pcref.app.nudge;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;

/**
 * Task data as UTF-8 text: the nudge tasks carry JSON (or nothing), which stays readable in the
 * {@code scheduled_tasks} table, unlike db-scheduler's default Java serialisation.
 */
final class TextSerializer implements Serializer {

  @Override
  public byte[] serialize(Object data) {
    return data == null ? null : ((String) data).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public <T> T deserialize(Class<T> type, byte[] bytes) {
    return bytes == null ? null : type.cast(new String(bytes, StandardCharsets.UTF_8));
  }
}
