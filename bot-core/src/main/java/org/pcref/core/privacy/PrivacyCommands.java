package org.pcref.core.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Ways;

/**
 * {@code my data}, {@code forget me} and its confirmation, and the admins' {@code admin export
 * person}, {@code admin forget person} and {@code admin audit}. Each is answered in a direct
 * message only: a person's data is theirs, not the channel's. Every export and erasure is in the
 * audit trail.
 */
public final class PrivacyCommands {

  /** The action of the buttons that confirm or cancel an erasure. */
  public static final String FORGET = "privacy.forget";

  /** How long a confirmation button stays good: an old one pressed by mistake does nothing. */
  static final Duration CONFIRM_WITHIN = Duration.ofMinutes(10);

  static final String KEEP = "keep";

  static final String NOT_ADMIN =
      "Sorry, only the trust’s admins can do that. If you need a person's data or an erasure, please ask your information governance team.";

  /** What was done, and whether the person who asked was erased (their state must not be saved). */
  public record Outcome(List<Reply> replies, boolean forgotSelf) {
    public Outcome {
      replies = List.copyOf(replies);
    }

    static Outcome of(Reply... replies) {
      return new Outcome(List.of(replies), false);
    }
  }

  private final DataProtection protection;
  private final Clock clock;
  private final AdminCommands admin;
  private final RecordHandover handover;
  private final Ways.BySurface ways;

  /** With {@code links} to the board's downloads, a record is handed over as two links. */
  public PrivacyCommands(DataProtection protection, Clock clock, DownloadLinks links) {
    this(protection, clock, links, new Ways.BySurface());
  }

  /** The same, naming each surface's own way to a direct message. */
  public PrivacyCommands(
      DataProtection protection, Clock clock, DownloadLinks links, Ways.BySurface ways) {
    this.ways = ways;
    this.protection = protection;
    this.clock = clock;
    this.handover = new RecordHandover(links, protection.handover());
    this.admin = new AdminCommands(this, protection, clock);
  }

  /** Personal data is talked about one to one only: how to get there, on this surface. */
  Reply directOnly(Inbound in) {
    return new Reply.Text(
        "Your data is yours alone, so I only talk about it in a direct message. Ask me again "
            + ways.of(in.key()).toDirect()
            + ".");
  }

  /** The record as this chat hands it over: links with the board on, else files. */
  List<Reply> handOver(PersonRecord record) {
    return handover.replies(record, clock.instant());
  }

  /** {@code my data}: everything held about the person, as files. */
  public List<Reply> myData(Inbound in) {
    if (!in.direct()) {
      return List.of(directOnly(in));
    }
    PersonKey person = PersonKey.of(in.key());
    PersonRecord record = protection.personalData().export(person);
    protection
        .audit()
        .record(AuditEntry.by(in, clock.instant(), "data export", "", "their own data"));
    List<Reply> replies = new ArrayList<>();
    replies.add(
        new Reply.Text(
            "Here is everything I hold about you ("
                + record.rows()
                + " records), as JSON and as CSV. Type forget me to have it erased."));
    replies.addAll(handOver(record));
    return replies;
  }

  /** {@code forget me}: asks first. */
  public List<Reply> forgetMe(Inbound in) {
    if (!in.direct()) {
      return List.of(directOnly(in));
    }
    return List.of(
        confirmation(
            "This erases you from the bot: your name is replaced by “"
                + PersonalData.FORMER_MEMBER
                + "” in every team’s history, your notes and answers’ notes are deleted, and you leave your teams."
                + " The levels your teams recorded stay. It cannot be undone. Forget you?",
            "Yes, forget me",
            "me|" + clock.millis()));
  }

  /** A confirmation's button, pressed (or yes or no typed while it was offered). */
  public Outcome confirm(Inbound in, String value) {
    String[] parts = value.split("\\|", -1);
    if (parts[0].equals(KEEP)) {
      return Outcome.of(new Reply.Text("Nothing was erased."));
    }
    if (!in.direct() || parts.length < 2 || expired(parts[parts.length - 1])) {
      return Outcome.of(
          new Reply.Text("That confirmation has expired; nothing was erased. Ask again to erase."));
    }
    if (parts[0].equals("me") && parts.length == 2) {
      PersonKey me = PersonKey.of(in.key());
      // Recorded before the erasure, which then replaces the person's identity in it too.
      protection
          .audit()
          .record(
              AuditEntry.by(in, clock.instant(), "erasure", "", "a person erased their own data"));
      Erasure erased = protection.personalData().forget(me, clock.instant());
      return new Outcome(
          List.of(
              new Reply.Text(
                  "Done: I have forgotten you ("
                      + erased.total()
                      + " records changed or deleted). If you message me again, I start afresh.")),
          true);
    }
    if (parts[0].equals("person") && parts.length == 3) {
      return admin.forgetConfirmed(in, parts[1]);
    }
    return Outcome.of(new Reply.Text("That button is no longer active."));
  }

  /** {@code admin …}: admins only. */
  public Outcome admin(Inbound in, String argument) {
    if (!protection.admins().includes(in.key())) {
      return Outcome.of(new Reply.Text(NOT_ADMIN));
    }
    if (!in.direct()) {
      return Outcome.of(directOnly(in));
    }
    return admin.run(in, argument);
  }

  Reply confirmation(String prompt, String yes, String value) {
    return new Reply.Choices(
        prompt + " (type yes or no)",
        List.of(new Choice(yes, FORGET, value), new Choice("No, keep it", FORGET, KEEP)));
  }

  private boolean expired(String millis) {
    try {
      Instant asked = Instant.ofEpochMilli(Long.parseLong(millis));
      Instant now = clock.instant();
      return asked.isAfter(now) || asked.plus(CONFIRM_WITHIN).isBefore(now);
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
