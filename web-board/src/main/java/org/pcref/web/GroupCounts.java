package org.pcref.web;

import java.util.Map;
import org.pcref.core.team.TeamLevel;
import org.pcref.framework.Competency;
import org.springframework.web.util.HtmlUtils;

/**
 * Each directorate's counts per level per competency as HTML: a disclosure per directorate, shut
 * until opened, holding a table. Written here for the same reason as {@link GridRows}: a trust has
 * a dozen or more directorates, each with forty-odd figures, and the page must render fast.
 */
final class GroupCounts {

  private GroupCounts() {}

  static String html(Overview grid) {
    StringBuilder html = new StringBuilder(grid.groups().size() * 1500);
    String header = header();
    int n = 0;
    for (Overview.Group group : grid.groups()) {
      String name = HtmlUtils.htmlEscape(group.name());
      String id = "dc-" + n++;
      html.append("<details><summary>")
          .append(name)
          .append(": ")
          .append(group.teams())
          .append(group.teams() == 1 ? " team" : " teams")
          .append("</summary>\n<div class=\"scroll\" tabindex=\"0\" role=\"region\"")
          .append(" aria-labelledby=\"")
          .append(id)
          .append("\"><table><caption id=\"")
          .append(id)
          .append("\">")
          .append(name)
          .append(": number of teams at each level, by competency</caption>")
          .append(header)
          .append("<tbody>");
      for (Competency c : grid.competencies()) {
        Map<String, Integer> counts = group.counts().get(c.id());
        html.append("<tr><th scope=\"row\">")
            .append(HtmlUtils.htmlEscape(c.name()))
            .append("</th>");
        for (TeamLevel level : TeamLevel.values()) {
          html.append("<td>").append(counts.get(level.name())).append("</td>");
        }
        html.append("<td>").append(counts.get("UNRATED")).append("</td></tr>");
      }
      html.append("</tbody></table></div></details>\n");
    }
    return html.toString();
  }

  private static String header() {
    StringBuilder header = new StringBuilder("<thead><tr><th scope=\"col\">Competency</th>");
    for (TeamLevel level : TeamLevel.values()) {
      header.append("<th scope=\"col\">").append(Levels.word(level)).append("</th>");
    }
    return header
        .append("<th scope=\"col\">")
        .append(Levels.word(null))
        .append("</th></tr></thead>")
        .toString();
  }
}
