package org.pcref.framework;

import java.util.ArrayList;
import java.util.List;

/** One text a framework quotes from its source document, and where the framework holds it. */
record QuotedText(String where, String text) {

  /**
   * Every definition, aim, aim item and descriptor of {@code framework}, in file order, and its
   * contact.
   */
  static List<QuotedText> all(Framework framework) {
    List<QuotedText> texts = new ArrayList<>();
    if (!framework.contact().isEmpty()) {
      texts.add(new QuotedText("contact", framework.contact()));
    }
    for (Competency competency : framework.competencies()) {
      String id = competency.id();
      texts.add(new QuotedText(id + " definition", competency.definition()));
      for (int a = 0; a < competency.aims().size(); a++) {
        Aim aim = competency.aims().get(a);
        texts.add(new QuotedText(id + " aim " + (a + 1), aim.text()));
        for (int i = 0; i < aim.items().size(); i++) {
          String where = id + " aim " + (a + 1) + " item " + (i + 1);
          texts.add(new QuotedText(where, aim.items().get(i)));
        }
      }
      for (Level level : Level.values()) {
        List<String> descriptors = competency.descriptors(level);
        for (int d = 0; d < descriptors.size(); d++) {
          texts.add(
              new QuotedText(
                  id + " " + level.key() + " descriptor " + (d + 1), descriptors.get(d)));
        }
      }
    }
    return texts;
  }

  @Override
  public String toString() {
    return where + ": \"" + text + "\"";
  }
}
