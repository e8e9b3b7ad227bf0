package org.pcref.app.nudge;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Optional;
import org.pcref.core.reminder.NudgeDelivery;

/**
 * A delivery as the JSON stored with its scheduled task: the nudge (team, kind, due time) and the
 * address.
 */
final class DeliveryJson {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  String write(NudgeDelivery delivery) {
    try {
      return mapper.writeValueAsString(delivery);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a nudge delivery cannot be written as JSON", e);
    }
  }

  /** The delivery, or empty when the text is not one (written by another version, or damaged). */
  Optional<NudgeDelivery> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(mapper.readValue(text, NudgeDelivery.class));
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
