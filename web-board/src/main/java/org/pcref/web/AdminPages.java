package org.pcref.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.message.Reply;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.Erasure;
import org.pcref.core.privacy.PersonKey;
import org.pcref.core.privacy.PersonRecord;
import org.pcref.core.privacy.PersonalData;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admins' pages: the audit trail, and a person's data to export or erase (a subject access or
 * erasure request that came by email), as in chat. Signed-in admins only; the local board, which
 * changes nothing, has none of them.
 */
@Controller
class AdminPages {

  static final int AUDIT_ROWS = 200;

  private final DataProtection protection;
  private final Viewers viewers;
  private final BoardSettings settings;
  private final Clock clock;

  AdminPages(DataProtection protection, Viewers viewers, BoardSettings settings, Clock clock) {
    this.protection = protection;
    this.viewers = viewers;
    this.settings = settings;
    this.clock = clock;
  }

  @GetMapping("/admin/audit")
  String audit(Model model) {
    Viewer admin = admin(model);
    model.addAttribute("entries", protection.audit().latest(AUDIT_ROWS));
    model.addAttribute("admin", admin);
    return "board/audit";
  }

  @GetMapping("/admin/person")
  String person(Model model) {
    admin(model);
    return "board/person";
  }

  @PostMapping("/admin/person/export")
  ResponseEntity<byte[]> export(
      @RequestParam String key, @RequestParam(defaultValue = "json") String format) {
    Viewer admin = admin(null);
    PersonKey person = PersonKey.parse(key).orElseThrow(AdminPages::notAKey);
    PersonRecord record = protection.personalData().export(person);
    record(admin, "data export", "person " + person.asString() + " on the web board");
    String type = "csv".equalsIgnoreCase(format) ? "text/csv" : "application/json";
    Reply.File file =
        protection.handover().replies(record, clock.instant()).stream()
            .filter(Reply.File.class::isInstance)
            .map(Reply.File.class::cast)
            .filter(f -> f.mediaType().equals(type))
            .findFirst()
            .orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
        .body(file.content().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/admin/person/forget")
  String forget(
      @RequestParam String key, @RequestParam(defaultValue = "") String confirm, Model model) {
    Viewer admin = admin(model);
    Optional<PersonKey> person = PersonKey.parse(key);
    if (person.isEmpty()) {
      model.addAttribute("problem", "That is not a person key: " + key);
    } else if (!"yes".equals(confirm)) {
      model.addAttribute(
          "problem", "Nothing was erased: tick the box to confirm the erasure of " + key + ".");
    } else {
      record(admin, "erasure", "person " + person.get().asString() + " on the web board");
      Erasure erased = protection.personalData().forget(person.get(), clock.instant());
      model.addAttribute(
          "done",
          "Erased "
              + person.get().asString()
              + ": "
              + erased.total()
              + " records changed or deleted. Their name is now “"
              + PersonalData.FORMER_MEMBER
              + "” in every history.");
    }
    return "board/person";
  }

  /** The signed-in admin; anyone else gets the board's "You cannot see this page". */
  private Viewer admin(Model model) {
    Viewer viewer = viewers.current();
    if (viewer.local() || !viewer.admin()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    if (model != null) {
      model.addAttribute("viewer", viewer);
      model.addAttribute("local", settings.local());
    }
    return viewer;
  }

  /** Kept under the admin's own chat identity, so that erasing them erases it here too. */
  private void record(Viewer admin, String action, String detail) {
    protection
        .audit()
        .record(
            new AuditEntry(
                java.util.UUID.randomUUID().toString(),
                clock.instant(),
                admin.workspace().platform(),
                admin.workspace().tenant(),
                admin.userId(),
                admin.name(),
                action,
                "",
                detail));
  }

  private static ResponseStatusException notAKey() {
    return new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "A person key is slack/<workspace>/<user> or teams/<tenant>/<oid>");
  }
}
