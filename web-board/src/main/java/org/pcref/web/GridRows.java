package org.pcref.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.pcref.core.team.TeamLevel;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview grid's rows as HTML, one {@code tbody} per directorate headed by its name. Written
 * here rather than in the template because a page holds up to a hundred teams, eight cells each:
 * evaluating expressions for every cell took most of the page's time, and the page must render in
 * well under 100 ms. Every text is escaped.
 */
final class GridRows {

  private GridRows() {}

  static String html(Overview grid, Viewer viewer) {
    StringBuilder html = new StringBuilder(grid.rows().size() * 400 + 1000);
    int columns = grid.competencies().size() + 1;
    for (Overview.Group group : grid.groups()) {
      if (group.rows().isEmpty()) {
        continue;
      }
      html.append("<tbody><tr class=\"group\"><th scope=\"rowgroup\" colspan=\"")
          .append(columns)
          .append("\">")
          .append(HtmlUtils.htmlEscape(group.name()))
          .append(": ")
          .append(group.teams())
          .append(group.teams() == 1 ? " team" : " teams")
          .append(group.continued() ? " (continued)" : "")
          .append("</th></tr>\n");
      for (Overview.Row row : group.rows()) {
        row(html, row, viewer);
      }
      html.append("</tbody>\n");
    }
    return html.toString();
  }

  private static void row(StringBuilder html, Overview.Row row, Viewer viewer) {
    String name = HtmlUtils.htmlEscape(row.team().name());
    html.append("<tr><th scope=\"row\">");
    if (viewer.seesInFull(row.team())) {
      html.append("<a href=\"/teams/")
          .append(HtmlUtils.htmlEscape(URLEncoder.encode(row.id(), StandardCharsets.UTF_8)))
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
}
