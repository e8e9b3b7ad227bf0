package org.pcref.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.pcref.core.picture.LevelCounts;
import org.pcref.core.team.TeamLevel;
import org.springframework.web.util.HtmlUtils;

/**
 * A competency's month-by-month shares of teams at each level, drawn on the server as SVG: one
 * stacked bar per month, each level in its colour and pattern (defined once per page in {@code
 * layout.html}), with a title and description for screen readers; the table beside it carries the
 * same figures.
 */
final class TrendChart {

  static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 40;
  private static final int BOTTOM = 30;
  private static final TeamLevel[] STACK = {
    TeamLevel.NOT_YET_DEVELOPING, TeamLevel.DEVELOPING, TeamLevel.GOOD, TeamLevel.OUTSTANDING
  };

  private TrendChart() {}

  static String svg(
      String id, String title, SortedMap<YearMonth, LevelCounts> byMonth, String competencyId) {
    List<YearMonth> months = List.copyOf(byMonth.keySet());
    StringBuilder s = new StringBuilder(4096);
    String safeTitle = HtmlUtils.htmlEscape(title);
    s.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\"><title id=\"")
        .append(id)
        .append("-t\">")
        .append(safeTitle)
        .append("</title><desc id=\"")
        .append(id)
        .append(
            "-d\">Share of teams at each level, month by month; the table that follows gives"
                + " the same figures.</desc>");
    int plotHeight = HEIGHT - BOTTOM - 10;
    for (int pct = 0; pct <= 100; pct += 50) {
      int y = 10 + plotHeight - plotHeight * pct / 100;
      s.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#757575\" stroke-width=\"0.5\"/>")
          .append("<text x=\"")
          .append(LEFT - 4)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#000\">")
          .append(pct)
          .append("%</text>");
    }
    int n = Math.max(months.size(), 1);
    double slot = (double) (WIDTH - LEFT) / n;
    double bar = Math.max(slot * 0.8, 1);
    for (int i = 0; i < months.size(); i++) {
      LevelCounts counts = byMonth.get(months.get(i));
      double x = LEFT + i * slot + (slot - bar) / 2;
      double base = 10 + plotHeight;
      for (TeamLevel level : STACK) {
        double h = plotHeight * counts.share(competencyId, level);
        if (h <= 0) {
          continue;
        }
        base -= h;
        s.append("<rect x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(fmt(base))
            .append("\" width=\"")
            .append(fmt(bar))
            .append("\" height=\"")
            .append(fmt(h))
            .append("\" fill=\"url(#p-")
            .append(Levels.css(level))
            .append(")\" stroke=\"#000\" stroke-width=\"0.5\"/>");
      }
      if (i % Math.max(1, months.size() / 6) == 0) {
        s.append("<text x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(HEIGHT - 10)
            .append("\" font-size=\"11\" fill=\"#000\">")
            .append(MONTH.format(months.get(i)))
            .append("</text>");
      }
    }
    return s.append("</svg>").toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
