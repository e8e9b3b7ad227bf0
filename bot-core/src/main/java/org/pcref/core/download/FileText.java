package org.pcref.core.download;

import java.util.Locale;

/** Text as the files the bot hands out write it: CSV files and cells, and names of files. */
public final class FileText {

  /** The first character of a CSV file: spreadsheets then read it as UTF-8. */
  public static final String CSV_START = "\uFEFF";

  /** A cell starting with one of these is read as a formula by a spreadsheet. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private FileText() {}

  /**
   * {@code value} as one CSV cell: quoted when needed; a leading = + - @, tab or carriage return is
   * defused so a spreadsheet never runs the cell as a formula, whatever follows it (line breaks
   * included).
   */
  public static String csvCell(String value) {
    String safe =
        !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        safe.contains(",")
            || safe.contains("\"")
            || safe.contains("\n")
            || safe.contains("\r")
            || !safe.equals(value);
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  /** {@code name} in lower-case letters, digits and single hyphens, for a file's name. */
  public static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
