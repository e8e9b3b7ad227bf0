package org.pcref.core.team;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pcref.core.audit.AuditEntry;
import org.pcref.core.audit.AuditTrail;
import org.pcref.core.command.Call;
import org.pcref.core.command.Command;
import org.pcref.core.command.CommandRegistry;
import org.pcref.core.command.Who;
import org.pcref.core.message.Choice;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.Reply;
import org.pcref.core.message.Reply.Section;
import org.pcref.core.message.Typed;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.framework.Competency;
import org.pcref.framework.Framework;
import org.pcref.framework.Level;

/**
 * The team commands: the assessment grid ({@code team}), a competency's history, exports, and the
 * leads' settings (rename, leads and members, linking a channel, correcting a rating). The
 * sub-commands of {@code team} are registered here, each with who may use it and its help line.
 */
public final class TeamCommands {

  /** What a sub-command of {@code team} does; {@code team} is null for one anyone may use. */
  @FunctionalInterface
  private interface SubCommand {
    List<Reply> run(Inbound in, Team team, String rest);
  }

  /**
   * The team help lists the sub-commands, then the team's commands typed on their own, in words
   * that suit the team: those are registered with the bot's other commands.
   */
  private static final List<String> TYPED_ON_THEIR_OWN =
      List.of(
          "history <competency> — a competency’s ratings over time",
          "export csv / export json — the whole assessment and history",
          "correct <competency> <level> — fix the current level (leads)");

  private final Framework framework;
  private final FrameworkQuestions questions;
  private final TeamStore store;
  private final TeamDirectory directory;
  private final Clock clock;
  private final DateTimeFormatter dates;
  private final Export export;
  private final java.time.Duration reviewAfter;
  private final CommandRegistry<SubCommand> subCommands;
  private final AuditTrail audit;
  private final Directorates directorates;

  /**
   * Team commands whose changes (rename, leads and members, links, corrections) go in {@code
   * audit}.
   */
  public TeamCommands(
      Framework framework,
      FrameworkQuestions questions,
      TeamStore store,
      Clock clock,
      ZoneId zone,
      java.time.Duration reviewAfter,
      AuditTrail audit) {
    this.audit = audit;
    this.framework = framework;
    this.questions = questions;
    this.store = store;
    this.directory = new TeamDirectory(store, clock);
    this.clock = clock;
    this.dates = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
    this.export = new Export(framework);
    this.reviewAfter = reviewAfter;
    this.directorates = new Directorates(store);
    this.subCommands =
        new CommandRegistry<>(
            List.of(
                new Command<SubCommand>(
                    List.of("show", "grid"),
                    Who.MEMBERS,
                    List.of("team — the team’s levels at a glance"),
                    (in, team, rest) -> List.of(grid(team))),
                new Command<SubCommand>(
                    List.of("members", "people", "who"),
                    Who.MEMBERS,
                    List.of("team members — who leads and who is in the team"),
                    (in, team, rest) -> List.of(people(team))),
                new Command<SubCommand>(
                    List.of("lead", "leads"),
                    Who.MEMBERS,
                    List.of(),
                    (in, team, rest) -> List.of(rest.isEmpty() ? people(team) : teamHelp())),
                new Command<SubCommand>(
                    List.of("rename", "name"),
                    Who.leads("rename the team"),
                    List.of("team rename <name> (leads)"),
                    (in, team, rest) -> rename(in, team, rest)),
                new Command<SubCommand>(
                    List.of("directorate", "service"),
                    Who.leadsToChange("set the team’s directorate"),
                    List.of(
                        "team directorate — the team’s directorate; team directorate <name> or none sets it (leads)"),
                    (in, team, rest) -> directorates.directorate(team, rest)),
                new Command<SubCommand>(
                    List.of("add lead", "lead add", "leads add"),
                    Who.leads("add leads"),
                    List.of("team add lead <person> / team remove lead <person> (leads)"),
                    (in, team, rest) -> setRole(in, team, rest, Role.LEAD)),
                new Command<SubCommand>(
                    List.of("remove lead", "lead remove", "leads remove"),
                    Who.leads("remove leads"),
                    List.of(),
                    (in, team, rest) -> setRole(in, team, rest, Role.MEMBER)),
                new Command<SubCommand>(
                    List.of("add"),
                    Who.leads("add members"),
                    List.of("team add <person> / team remove <person> (leads)"),
                    (in, team, rest) -> setRole(in, team, rest, Role.MEMBER)),
                new Command<SubCommand>(
                    List.of("remove"),
                    Who.leads("remove members"),
                    List.of(),
                    (in, team, rest) -> setRole(in, team, rest, Role.REMOVED)),
                // Typed in a channel that may have no team yet; the leads of the team it names may
                // use it.
                new Command<SubCommand>(
                    List.of("link"),
                    Who.ANYONE,
                    List.of("team link <team name> — typed in another channel, links it (leads)"),
                    (in, team, rest) -> link(in, rest)),
                new Command<SubCommand>(
                    List.of("help"),
                    Who.MEMBERS,
                    List.of(),
                    (in, team, rest) -> List.of(teamHelp()))));
  }

  /**
   * {@code team} and its sub-commands, for the team of the message ({@code chosenTeamId} in a
   * direct message); {@code argument} is what follows "team". Alone, it shows the team's levels;
   * words it does not know get the team help.
   */
  public List<Reply> team(Inbound in, String chosenTeamId, String argument) {
    Optional<Call<SubCommand>> call = subCommands.readWords(argument);
    Who who = call.map(c -> c.command().who()).orElse(Who.MEMBERS);
    String rest = call.map(Call::argument).orElse("");
    Team team = null;
    if (who.needsTeam()) {
      TeamDirectory.Lookup lookup = directory.find(in, chosenTeamId, false);
      if (lookup instanceof TeamDirectory.NotFound notFound) {
        return notFound.replies();
      }
      team = ((TeamDirectory.Found) lookup).team();
      Optional<Reply> refusal = TeamDirectory.refusal(in, team, who, rest);
      if (refusal.isPresent()) {
        return List.of(refusal.get());
      }
    }
    if (call.isEmpty()) {
      return List.of(argument.isBlank() ? grid(team) : teamHelp());
    }
    return call.get().command().handler().run(in, team, rest);
  }

  /** {@code team link <team name>}, typed in the channel to link, by a lead of that team. */
  private List<Reply> link(Inbound in, String teamName) {
    Workspace workspace = TeamDirectory.workspaceOf(in);
    if (in.direct()) {
      return List.of(
          new Reply.Text(
              "Type team link <team name> in the channel you want to link, not in a direct message."));
    }
    Optional<Team> named = store.findByName(workspace, teamName.strip());
    if (teamName.isBlank() || named.isEmpty()) {
      return List.of(
          new Reply.Text(
              "I don’t know a team called “"
                  + teamName.strip()
                  + "” here. Type team link followed by the team’s name."));
    }
    Team team = named.get();
    if (!team.isLead(in.key().user())) {
      return List.of(TeamDirectory.onlyLeads(team, "link a channel"));
    }
    Optional<Team> current = store.findByChannel(workspace, in.key().channel());
    if (current.isPresent()) {
      return List.of(
          new Reply.Text(
              current.get().id().equals(team.id())
                  ? "This channel is already linked to " + team.name() + "."
                  : "This channel already belongs to " + current.get().name() + "."));
    }
    try {
      store.save(team.linking(in.key().channel()));
      audited(in, "team link", team, "channel " + in.channelName());
    } catch (TeamStore.ChannelTaken e) {
      return List.of(new Reply.Text("This channel was just linked to another team."));
    }
    return List.of(new Reply.Text("This channel is now linked to " + team.name() + "."));
  }

  public List<Reply> history(Team team, String competencyText) {
    Optional<Competency> named = questions.competencyIn(competencyText);
    if (named.isEmpty()) {
      return List.of(
          new Reply.Choices(
              "History of which competency?",
              framework.competencies().stream()
                  .map(c -> Choice.ask(c.name(), "history " + c.name()))
                  .toList()));
    }
    Competency c = named.get();
    List<Reply.Moment> moments = new ArrayList<>();
    for (Rating r : assessment(team).history(c.id())) {
      String how = r.isCorrection() ? "correction" : r.isFromRound() ? "team round" : "check-in";
      moments.add(
          new Reply.Moment(
              dates.format(r.at()),
              r.level().badge(),
              Typed.isolated(r.byName()),
              how,
              r.note().isEmpty() ? "" : Typed.isolated(r.note())));
    }
    return List.of(
        new Reply.Timeline(
            Typed.isolated(team.name()) + " — " + c.name() + " history",
            moments,
            "No ratings yet.",
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

  /**
   * {@code correct <competency> <level> [note]}: a lead's correction, recorded as a new entry (the
   * command is registered for leads only).
   */
  public List<Reply> correct(Inbound in, Team team, String text) {
    Optional<Competency> competency = questions.competencyIn(text);
    Optional<TeamLevel> level = levelIn(text);
    if (competency.isEmpty() || level.isEmpty()) {
      return List.of(
          new Reply.Text(
              "To correct a rating, type: correct <competency> <level>, e.g. correct co-production good"));
    }
    Rating rating =
        new Rating(
            UUID.randomUUID().toString(),
            team.id(),
            competency.get().id(),
            level.get(),
            "",
            in.key().user(),
            in.userName(),
            clock.instant(),
            "");
    store.record(rating);
    audited(in, "correction", team, competency.get().name() + " set to " + level.get().label());
    return List.of(
        new Reply.Text(
            competency.get().name()
                + " is now "
                + level.get().label()
                + " for "
                + team.name()
                + " (correction recorded in its history)."));
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
    List<Competency> due = assessment.due(framework, clock.instant(), reviewAfter);
    List<Reply.GridRow> rows = new ArrayList<>();
    for (Competency c : framework.competencies()) {
      Optional<Rating> current = assessment.current(c.id());
      rows.add(
          new Reply.GridRow(
              c.name(),
              current.map(r -> r.level().badge()).orElse(TeamLevel.NOT_RATED),
              current.map(r -> Typed.isolated(r.byName())).orElse(""),
              current.map(r -> dates.format(r.at())).orElse(""),
              due.contains(c)));
    }
    String footer =
        "Leads: "
            + String.join(", ", team.leads().stream().map(Person::name).toList())
            + (due.isEmpty()
                ? ""
                : " · Due for review: "
                    + String.join(", ", due.stream().map(Competency::name).toList()));
    return new Reply.Grid(
        Typed.isolated(team.name()) + " — PCREF self-assessment",
        "",
        rows,
        footer,
        List.of(Choice.ask("Start a check-in", "checkin"), Choice.ask("Export CSV", "export csv")));
  }

  private Reply people(Team team) {
    List<String> leads = team.leads().stream().map(Person::name).toList();
    List<String> members =
        team.members().stream().filter(p -> p.role() == Role.MEMBER).map(Person::name).toList();
    return new Reply.Card(
        Typed.isolated(team.name()) + " — people",
        "",
        List.of(
            Section.of("Leads", leads),
            Section.of("Members", members.isEmpty() ? List.of("none yet") : members)),
        "",
        List.of());
  }

  private List<Reply> rename(Inbound in, Team team, String name) {
    String clean = name.strip();
    if (clean.isEmpty() || org.pcref.core.message.Typed.length(clean) > 80) {
      return List.of(
          new Reply.Text("Type team rename followed by the new name (up to 80 characters)."));
    }
    store.save(team.named(clean));
    audited(in, "team rename", team, "from " + team.name() + " to " + clean);
    return List.of(new Reply.Text("Renamed: the team is now called " + clean + "."));
  }

  private List<Reply> setRole(Inbound in, Team team, String who, Role role) {
    String id = who.strip().replaceFirst("^@", "");
    if (id.isEmpty()) {
      return List.of(teamHelp());
    }
    Person person =
        team.people().values().stream()
            .filter(p -> p.id().equalsIgnoreCase(id) || p.name().equalsIgnoreCase(id))
            .findFirst()
            .orElse(new Person(id, id, Role.MEMBER));
    if (role != Role.LEAD && person.role() == Role.LEAD && team.leads().size() == 1) {
      return List.of(
          new Reply.Text(
              person.name() + " is the only lead of " + team.name() + ": add another lead first."));
    }
    store.save(team.with(person.as(role)));
    String what =
        switch (role) {
          case LEAD -> "is now a lead of ";
          case MEMBER -> "is now a member of ";
          case REMOVED -> "is no longer in ";
        };
    audited(in, "team people", team, person.name() + " " + what.strip() + " the team");
    return List.of(new Reply.Text(person.name() + " " + what + team.name() + "."));
  }

  private void audited(Inbound in, String action, Team team, String detail) {
    audit.record(AuditEntry.by(in, clock.instant(), action, team.id(), detail));
  }

  /** The sub-commands' help, generated from their registry. */
  Reply teamHelp() {
    List<String> lines = new ArrayList<>(subCommands.help());
    lines.addAll(TYPED_ON_THEIR_OWN);
    return new Reply.Card("Team commands", "", List.of(Section.of("", lines)), "", List.of());
  }

  private Assessment assessment(Team team) {
    return new Assessment(store.ratings(team.id()));
  }
}
