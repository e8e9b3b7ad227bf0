package org.pcref.web;

import org.pcref.core.team.TeamLevel;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview grid's rows as HTML. Written here rather than in the template because a trust has up
 * to a thousand teams, eight cells each: evaluating expressions for every cell took most of the
 * page's time, and the page must render in well under 100 ms. Every text is escaped.
 */
final class GridRows {

  private GridRows() {}

  static String html(Overview grid, Viewer viewer) {
    StringBuilder html = new StringBuilder(grid.rows().size() * 400);
    for (Overview.Row row : grid.rows()) {
      String name = HtmlUtils.htmlEscape(row.team().name());
      html.append("<tr><th scope=\"row\">");
      if (viewer.seesInFull(row.team())) {
        html.append("<a href=\"/teams/")
            .append(
                HtmlUtils.htmlEscape(
                    java.net.URLEncoder.encode(row.id(), java.nio.charset.StandardCharsets.UTF_8)))
            .append("\">")
            .append(name)
            .append("</a>");
      } else {
        html.append(name);
      }
      if (row.overdue()) {
        html.append(" (overdue)");
      }
      html.append("</th>");
      for (TeamLevel level : row.levels()) {
        html.append("<td class=\"")
            .append(Levels.css(level))
            .append("\"><i></i>")
            .append(Levels.word(level))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.toString();
  }
}
