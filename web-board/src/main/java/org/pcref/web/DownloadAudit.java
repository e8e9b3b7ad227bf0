package org.pcref.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.privacy.DataProtection;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every download from the board that was handed over is in the audit trail: who took the trust's
 * levels, or a team's history with its names and notes.
 */
class DownloadAudit extends OncePerRequestFilter {

  private static final Pattern DOWNLOAD =
      Pattern.compile("^/(download/[^/]+|teams/[^/]+/history\\.[a-z]+)$");

  private final DataProtection protection;
  private final Viewers viewers;
  private final Clock clock;

  DownloadAudit(DataProtection protection, Viewers viewers, Clock clock) {
    this.protection = protection;
    this.viewers = viewers;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !DOWNLOAD.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (response.getStatus() != HttpServletResponse.SC_OK) {
      return;
    }
    Viewer viewer = viewers.current();
    boolean local = viewer.local();
    protection
        .audit()
        .record(
            new AuditEntry(
                UUID.randomUUID().toString(),
                clock.instant(),
                local ? "web" : viewer.workspace().platform(),
                local ? "" : viewer.workspace().tenant(),
                local ? "" : viewer.userId(),
                viewer.name(),
                "web download",
                "",
                request.getRequestURI()));
  }
}
