package org.pcref.core.team;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Item;
import org.pcref.core.message.Reply.Section;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;

/**
 * The team commands: the assessment grid ({@code team}), a competency's history, exports, and the
 * leads' settings (rename, leads and members, linking a channel, correcting a rating).
 */
public final class TeamCommands {

  private final Framework framework;
  private final FrameworkQuestions questions;
  private final TeamStore store;
  private final Clock clock;
  private final DateTimeFormatter dates;
  private final Export export;
  private final java.time.Duration reviewAfter;

  public TeamCommands(
      Framework framework, FrameworkQuestions questions, TeamStore store, Clock clock, ZoneId zone, java.time.Duration reviewAfter) {
    this.framework = framework;
    this.questions = questions;
    this.store = store;
    this.clock = clock;
    this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
    this.export = new Export(framework);
    this.reviewAfter = reviewAfter;
  }

  /** {@code team} and its sub-commands; {@code words} are what follows "team". */
  public List<Reply> team(Inbound in, Team team, List<String> words, String rest) {
    if (words.isEmpty() || words.get(0).equals("show") || words.get(0).equals("grid")) {
      return List.of(grid(team));
    }
    String verb = words.get(0);
    List<String> args = words.subList(1, words.size());
    return switch (verb) {
      case "rename", "name" -> asLead(in, team, "rename the team", () -> rename(team, after(rest, 1)));
      case "lead", "leads" -> leadCommand(in, team, args, rest);
      case "add" -> args.size() > 0 && args.get(0).equals("lead")
          ? asLead(in, team, "add leads", () -> setRole(team, after(rest, 2), Role.LEAD))
          : asLead(in, team, "add members", () -> setRole(team, after(rest, 1), Role.MEMBER));
      case "remove" -> args.size() > 0 && args.get(0).equals("lead")
          ? asLead(in, team, "remove leads", () -> setRole(team, after(rest, 2), Role.MEMBER))
          : asLead(in, team, "remove members", () -> setRole(team, after(rest, 1), Role.REMOVED));
      case "members", "people", "who" -> List.of(people(team));
      case "help" -> List.of(teamHelp());
      default -> List.of(teamHelp());
    };
  }

  private List<Reply> leadCommand(Inbound in, Team team, List<String> args, String rest) {
    if (args.isEmpty()) {
      return List.of(people(team));
    }
    return switch (args.get(0)) {
      case "add" -> asLead(in, team, "add leads", () -> setRole(team, after(rest, 2), Role.LEAD));
      case "remove" -> asLead(in, team, "remove leads", () -> setRole(team, after(rest, 2), Role.MEMBER));
      default -> List.of(teamHelp());
    };
  }

  /** {@code team link <team name>}, typed in the channel to link, by a lead of that team. */
  public List<Reply> link(Inbound in, String teamName) {
    Workspace workspace = TeamDirectory.workspaceOf(in);
    if (in.direct()) {
      return List.of(new Reply.Text("Type team link <team name> in the channel you want to link, not in a direct message."));
    }
    Optional<Team> named = store.findByName(workspace, teamName.strip());
    if (teamName.isBlank() || named.isEmpty()) {
      return List.of(new Reply.Text("I don’t know a team called “" + teamName.strip() + "” here. Type team link followed by the team’s name."));
    }
    Team team = named.get();
    if (!team.isLead(in.key().user())) {
      return List.of(onlyLeads(team, "link a channel"));
    }
    Optional<Team> current = store.findByChannel(workspace, in.key().channel());
    if (current.isPresent()) {
      return List.of(new Reply.Text(current.get().id().equals(team.id())
          ? "This channel is already linked to " + team.name() + "."
          : "This channel already belongs to " + current.get().name() + "."));
    }
    try {
      store.save(team.linking(in.key().channel()));
    } catch (TeamStore.ChannelTaken e) {
      return List.of(new Reply.Text("This channel was just linked to another team."));
    }
    return List.of(new Reply.Text("This channel is now linked to " + team.name() + "."));
  }

  public List<Reply> history(Team team, String competencyText) {
    Optional<Competency> named = questions.competencyIn(competencyText);
    if (named.isEmpty()) {
      return List.of(new Reply.Choices(
          "History of which competency?",
          framework.competencies().stream().map(c -> Choice.ask(c.name(), "history " + c.name())).toList()));
    }
    Competency c = named.get();
    List<Item> items = new ArrayList<>();
    for (Rating r : assessment(team).history(c.id())) {
      String how = r.isCorrection() ? "correction" : "check-in";
      items.add(new Item(describe(r) + " (" + how + ")", r.note().isEmpty() ? List.of() : List.of("Note: " + r.note())));
    }
    List<Section> sections = items.isEmpty() ? List.of(Section.of("", List.of("No ratings yet."))) : List.of(new Section("Newest first", items));
    return List.of(new Reply.Card(
        team.name() + " — " + c.name() + " history", "", sections, "",
        List.of(Choice.ask("Check in on " + c.name(), "checkin " + c.name()))));
  }

  public List<Reply> export(Team team, String format) {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (f.equals("json")) {
      return List.of(export.json(team, assessment(team), clock.instant()));
    }
    if (f.isEmpty() || f.equals("csv")) {
      return List.of(export.csv(team, assessment(team)));
    }
    return List.of(new Reply.Text("I can export as csv or json: type export csv or export json."));
  }

  /** {@code correct <competency> <level> [note]}: a lead's correction, recorded as a new entry. */
  public List<Reply> correct(Inbound in, Team team, String text) {
    if (!team.isLead(in.key().user())) {
      return List.of(onlyLeads(team, "correct a rating"));
    }
    Optional<Competency> competency = questions.competencyIn(text);
    Optional<TeamLevel> level = levelIn(text);
    if (competency.isEmpty() || level.isEmpty()) {
      return List.of(new Reply.Text("To correct a rating, type: correct <competency> <level>, e.g. correct co-production good"));
    }
    Rating rating = new Rating(UUID.randomUUID().toString(), team.id(), competency.get().id(), level.get(), "",
        in.key().user(), in.userName(), clock.instant(), "");
    store.record(rating);
    return List.of(new Reply.Text(competency.get().name() + " is now " + level.get().label() + " for " + team.name() + " (correction recorded in its history)."));
  }

  private Optional<TeamLevel> levelIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("not yet")) {
      return Optional.of(TeamLevel.NOT_YET_DEVELOPING);
    }
    for (String word : lower.split("[^a-z]+")) {
      Optional<Level> level = Level.fromKey(word);
      if (level.isPresent()) {
        return Optional.of(TeamLevel.of(level.get()));
      }
    }
    return Optional.empty();
  }

  Reply grid(Team team) {
    Assessment assessment = assessment(team);
    List<String> rows = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      rows.add(c.name() + ": " + assessment.current(c.id()).map(this::describe).orElse("not rated yet"));
    }
    List<String> due = assessment.due(framework, clock.instant(), reviewAfter).stream().map(Competency::name).toList();
    String footer = "Leads: " + String.join(", ", team.leads().stream().map(Person::name).toList())
        + (due.isEmpty() ? "" : " · Due for review: " + String.join(", ", due));
    return new Reply.Card(
        team.name() + " — PCREF self-assessment", "", List.of(Section.of("", rows)), footer,
        List.of(Choice.ask("Start a check-in", "checkin"), Choice.ask("Export CSV", "export csv")));
  }

  private Reply people(Team team) {
    List<String> leads = team.leads().stream().map(Person::name).toList();
    List<String> members = team.members().stream().filter(p -> p.role() == Role.MEMBER).map(Person::name).toList();
    return new Reply.Card(team.name() + " — people", "",
        List.of(Section.of("Leads", leads), Section.of("Members", members.isEmpty() ? List.of("none yet") : members)), "", List.of());
  }

  private List<Reply> rename(Team team, String name) {
    String clean = name.strip();
    if (clean.isEmpty() || clean.length() > 80) {
      return List.of(new Reply.Text("Type team rename followed by the new name (up to 80 characters)."));
    }
    store.save(team.named(clean));
    return List.of(new Reply.Text("Renamed: the team is now called " + clean + "."));
  }

  private List<Reply> setRole(Team team, String who, Role role) {
    String id = who.strip().replaceFirst("^@", "");
    if (id.isEmpty()) {
      return List.of(teamHelp());
    }
    Person person = team.people().values().stream()
        .filter(p -> p.id().equalsIgnoreCase(id) || p.name().equalsIgnoreCase(id))
        .findFirst()
        .orElse(new Person(id, id, Role.MEMBER));
    if (role != Role.LEAD && person.role() == Role.LEAD && team.leads().size() == 1) {
      return List.of(new Reply.Text(person.name() + " is the only lead of " + team.name() + ": add another lead first."));
    }
    store.save(team.with(person.as(role)));
    String what = switch (role) {
      case LEAD -> "is now a lead of ";
      case MEMBER -> "is now a member of ";
      case REMOVED -> "is no longer in ";
    };
    return List.of(new Reply.Text(person.name() + " " + what + team.name() + "."));
  }

  private List<Reply> asLead(Inbound in, Team team, String what, java.util.function.Supplier<List<Reply>> action) {
    return team.isLead(in.key().user()) ? action.get() : List.of(onlyLeads(team, what));
  }

  private static Reply onlyLeads(Team team, String what) {
    String leads = String.join(", ", team.leads().stream().map(Person::name).toList());
    return new Reply.Text("Only a lead of " + team.name() + " can " + what + ". Leads: " + leads + ".");
  }

  static Reply teamHelp() {
    return new Reply.Card("Team commands", "", List.of(Section.of("", List.of(
        "team — the team’s levels at a glance",
        "team members — who leads and who is in the team",
        "team rename <name> (leads)",
        "team add lead <person> / team remove lead <person> (leads)",
        "team add <person> / team remove <person> (leads)",
        "team link <team name> — typed in another channel, links it (leads)",
        "history <competency> — a competency’s ratings over time",
        "export csv / export json — the whole assessment and history",
        "correct <competency> <level> — fix the current level (leads)"))), "", List.of());
  }

  private Assessment assessment(Team team) {
    return new Assessment(store.ratings(team.id()));
  }

  private String describe(Rating r) {
    return r.level().label() + " — " + r.byName() + ", " + dates.format(r.at());
  }

  /** The text after the first {@code n} words of {@code rest}. */
  private static String after(String rest, int n) {
    String remaining = rest.strip();
    for (int i = 0; i < n && !remaining.isEmpty(); i++) {
      int space = remaining.indexOf(' ');
      remaining = space < 0 ? "" : remaining.substring(space + 1).strip();
    }
    return remaining;
  }
}
