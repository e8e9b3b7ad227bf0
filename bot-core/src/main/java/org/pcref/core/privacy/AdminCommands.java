package org.pcref.core.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;

/** The admins' commands, once {@link PrivacyCommands} has checked who is asking and where. */
final class AdminCommands {

  static final int AUDIT_LINES = 15;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(ZoneOffset.UTC);

  private static final String HELP =
      "Admin commands: admin audit — the latest changes; admin export person <key> — a person’s data"
          + " (a subject access request); admin forget person <key> — erase a person. A key is"
          + " slack/<workspace id>/<user id> or teams/<tenant id>/<object id>.";

  private final PrivacyCommands privacy;
  private final DataProtection protection;
  private final Clock clock;

  AdminCommands(PrivacyCommands privacy, DataProtection protection, Clock clock) {
    this.privacy = privacy;
    this.protection = protection;
    this.clock = clock;
  }

  PrivacyCommands.Outcome run(Inbound in, String argument) {
    String[] words = argument.strip().split("\\s+");
    String what = words[0].toLowerCase(Locale.ROOT);
    String rest = words.length > 2 && words[1].equalsIgnoreCase("person") ? words[2] : "";
    return switch (what) {
      case "audit" -> PrivacyCommands.Outcome.of(audit());
      case "export" -> PrivacyCommands.Outcome.of(export(in, rest).toArray(Reply[]::new));
      case "forget", "erase" -> forget(rest);
      default -> PrivacyCommands.Outcome.of(new Reply.Text(HELP));
    };
  }

  private Reply audit() {
    List<AuditEntry> latest = protection.audit().latest(AUDIT_LINES);
    if (latest.isEmpty()) {
      return new Reply.Text("The audit trail is empty.");
    }
    List<String> lines = new ArrayList<>();
    for (AuditEntry e : latest) {
      lines.add(
          WHEN.format(e.at())
              + " · "
              + e.platform()
              + " · "
              + e.byName()
              + " · "
              + e.action()
              + (e.detail().isEmpty() ? "" : ": " + e.detail()));
    }
    return new Reply.Card(
        "Audit trail — latest " + latest.size(),
        "Times in UTC, newest first",
        List.of(Reply.Section.of("", lines)),
        "The web board shows the whole trail to admins.",
        List.of());
  }

  private List<Reply> export(Inbound in, String key) {
    Optional<PersonKey> person = PersonKey.parse(key);
    if (person.isEmpty()) {
      return List.of(new Reply.Text(HELP));
    }
    PersonRecord record = protection.personalData().export(person.get());
    protection
        .audit()
        .record(AuditEntry.by(in, clock.instant(), "data export", "", "person " + key));
    List<Reply> replies = new ArrayList<>();
    replies.add(new Reply.Text(record.rows() + " records about " + key + ", as JSON and as CSV."));
    replies.addAll(privacy.handOver(record));
    return replies;
  }

  private PrivacyCommands.Outcome forget(String key) {
    Optional<PersonKey> person = PersonKey.parse(key);
    if (person.isEmpty()) {
      return PrivacyCommands.Outcome.of(new Reply.Text(HELP));
    }
    return PrivacyCommands.Outcome.of(
        privacy.confirmation(
            "Erase "
                + key
                + "? Their name becomes “"
                + PersonalData.FORMER_MEMBER
                + "” in every history, their notes are deleted and they leave their teams; levels stay."
                + " It cannot be undone.",
            "Yes, erase",
            "person|" + person.get().asString() + "|" + clock.millis()));
  }

  PrivacyCommands.Outcome forgetConfirmed(Inbound in, String key) {
    if (!protection.admins().includes(in.key())) {
      return PrivacyCommands.Outcome.of(new Reply.Text(PrivacyCommands.NOT_ADMIN));
    }
    PersonKey person = PersonKey.parse(key).orElseThrow();
    protection.audit().record(AuditEntry.by(in, clock.instant(), "erasure", "", "person " + key));
    Erasure erased = protection.personalData().forget(person, clock.instant());
    boolean self = person.equals(PersonKey.of(in.key()));
    return new PrivacyCommands.Outcome(
        List.of(
            new Reply.Text(
                "Erased "
                    + key
                    + ": "
                    + erased.total()
                    + " records changed or deleted. The audit trail records the erasure.")),
        self);
  }
}
