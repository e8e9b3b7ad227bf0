package org.pcref.core.conversation;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.pcref.core.checkin.CheckIn;
import org.pcref.core.checkin.CheckInSettings;
import org.pcref.core.checkin.CheckIns;
import org.pcref.core.command.CommandRegistry;
import org.pcref.core.download.DownloadLinks;
import org.pcref.core.message.ConversationKey;
import org.pcref.core.message.Inbound;
import org.pcref.core.message.PlainText;
import org.pcref.core.message.Reply;
import org.pcref.core.message.SeenKeys;
import org.pcref.core.message.Typed;
import org.pcref.core.message.Ways;
import org.pcref.core.privacy.DataProtection;
import org.pcref.core.privacy.PrivacyCommands;
import org.pcref.core.qa.FrameworkQuestions;
import org.pcref.core.qa.TypedChoice;
import org.pcref.core.reminder.InMemoryNudgeStore;
import org.pcref.core.reminder.NudgeStore;
import org.pcref.core.reminder.RemindCommand;
import org.pcref.core.round.InMemoryRoundStore;
import org.pcref.core.round.RoundSettings;
import org.pcref.core.round.RoundStore;
import org.pcref.core.round.Rounds;
import org.pcref.core.team.InMemoryTeamStore;
import org.pcref.core.team.Team;
import org.pcref.core.team.TeamCommands;
import org.pcref.core.team.TeamDirectory;
import org.pcref.core.team.TeamStore;
import org.pcref.framework.Framework;

/**
 * The bot's one inbound port: a person's message or button press in, the bot's replies out. Every
 * adapter (terminal, Slack, Teams) calls this and only renders what it returns. The conversation's
 * state is loaded before and saved after every turn.
 */
public final class Assistant {

  /** Longest message the bot reads, in characters; a longer one is refused with a clear answer. */
  public static final int MAX_MESSAGE_LENGTH = 2_000;

  /**
   * The longest a turn may wait between its request arriving and its start (behind others in a
   * queue, or for a database that is down) and still be taken.
   */
  public static final Duration TURN_BUDGET = Duration.ofSeconds(10);

  /** What a person is told when the bot could not act on what they said in time. */
  public static final String TOO_LATE =
      "Sorry, I couldn’t get to that in time (I was busy, or my database was not answering), so I haven’t acted on it."
          + " Please send it again.";

  static final String OWED_AGAIN =
      "I may not have posted this in the channel earlier (I was interrupted), so here it is.";

  /** How long "and Outstanding?" still refers to the last question. */
  static final Duration FOLLOW_UP_WINDOW = Duration.ofMinutes(30);

  private static final Logger LOG = System.getLogger(Assistant.class.getName());

  /** For a turn not recorded anywhere: every delivery is new. */
  private static final SeenKeys EVERY_DELIVERY_NEW = key -> true;

  /** 1,024 conversation locks. */
  private static final int LOCK_BITS = 10;

  private final ConversationStore store;
  private final Clock clock;
  private final CommandRegistry<CommandTurn.Handler> commands;
  private final Features features;
  private final Router router;

  /**
   * One turn at a time per conversation (a double click, or a message sent while the last is
   * answered): each turn starts from the state the one before it saved, so none is lost. Locks are
   * shared by conversations whose keys fall together ({@link #lockFor}); there are enough that two
   * turns at the same moment seldom share one.
   */
  private final ReentrantLock[] conversations = new ReentrantLock[1 << LOCK_BITS];

  /** Links to the board's downloads, once the server has the board; none until then. */
  private final LateLinks downloads = new LateLinks();

  /** How each surface's people reach a team's channel or a direct message, as replies say it. */
  private final Ways.BySurface ways = new Ways.BySurface();

  /** Set once when the server is wired; the bot works the same whether anyone listens. */
  private volatile TurnObserver observer = TurnObserver.NONE;

  /** A bot whose teams live only in memory: for one-shot answers and tests. */
  public Assistant(Framework framework, ConversationStore store, Clock clock) {
    this(framework, store, new InMemoryTeamStore(), CheckInSettings.DEFAULTS, clock);
  }

  /** A bot whose nudge settings live only in memory. */
  public Assistant(
      Framework framework,
      ConversationStore store,
      TeamStore teams,
      CheckInSettings settings,
      Clock clock) {
    this(framework, store, teams, new InMemoryNudgeStore(List::of), settings, clock);
  }

  /** A bot whose team rounds live only in memory. */
  public Assistant(
      Framework framework,
      ConversationStore store,
      TeamStore teams,
      NudgeStore nudges,
      CheckInSettings settings,
      Clock clock) {
    this(framework, store, teams, nudges, settings, clock, Commands.ALL);
  }

  public Assistant(
      Framework framework,
      ConversationStore store,
      TeamStore teams,
      NudgeStore nudges,
      RoundStore rounds,
      CheckInSettings settings,
      RoundSettings roundSettings,
      Clock clock) {
    this(
        framework,
        store,
        teams,
        nudges,
        rounds,
        settings,
        roundSettings,
        clock,
        DataProtection.inMemory());
  }

  /** A bot with people's data rights and an audit trail as {@code protection} says. */
  public Assistant(
      Framework framework,
      ConversationStore store,
      TeamStore teams,
      NudgeStore nudges,
      RoundStore rounds,
      CheckInSettings settings,
      RoundSettings roundSettings,
      Clock clock,
      DataProtection protection) {
    this(
        framework,
        store,
        teams,
        nudges,
        rounds,
        settings,
        roundSettings,
        clock,
        protection,
        Commands.ALL);
  }

  /** A bot that knows {@code commands}, and lists them in its help. */
  Assistant(
      Framework framework,
      ConversationStore store,
      TeamStore teams,
      NudgeStore nudges,
      CheckInSettings settings,
      Clock clock,
      CommandRegistry<CommandTurn.Handler> commands) {
    this(
        framework,
        store,
        teams,
        nudges,
        new InMemoryRoundStore(),
        settings,
        RoundSettings.DEFAULTS,
        clock,
        DataProtection.inMemory(),
        commands);
  }

  private Assistant(
      Framework framework,
      ConversationStore store,
      TeamStore teams,
      NudgeStore nudges,
      RoundStore rounds,
      CheckInSettings settings,
      RoundSettings roundSettings,
      Clock clock,
      DataProtection protection,
      CommandRegistry<CommandTurn.Handler> commands) {
    FrameworkQuestions questions = new FrameworkQuestions(framework, commands.help());
    // Times are kept to the millisecond, as every database stores them.
    clock = Clock.tick(clock, Duration.ofMillis(1));
    this.store = store;
    this.clock = clock;
    this.commands = commands;
    for (int i = 0; i < conversations.length; i++) {
      conversations[i] = new ReentrantLock();
    }
    CheckIns checkIns = new CheckIns(framework, questions, teams, settings, clock);
    this.features =
        new Features(
            questions,
            checkIns,
            new TeamDirectory(teams, clock, ways),
            new TeamCommands(
                framework,
                questions,
                teams,
                clock,
                settings.zone(),
                settings.reviewAfter(),
                protection.audit()),
            new RemindCommand(framework, teams, nudges, clock, protection.audit()),
            new Rounds(
                framework,
                questions,
                teams,
                rounds,
                checkIns.privately(),
                roundSettings,
                settings,
                clock,
                protection.audit()),
            new PrivacyCommands(protection, clock, downloads, ways),
            downloads);
    this.router = new Router(features, commands);
  }

  /**
   * From now on {@code export} answers with a link from {@code links} (the web board's download)
   * where one can be made, rather than with the file.
   */
  public void offerDownloads(DownloadLinks links) {
    downloads.set(links);
  }

  /**
   * From now on, replies to people on {@code platform} name its own way to a team's channel or a
   * direct message ("chat --channel ward-7" in the terminal).
   */
  public void showWays(String platform, Ways surfaceWays) {
    ways.set(platform, surfaceWays);
  }

  /** Tells {@code observer} of every turn from now on (the server's metrics). */
  public void observe(TurnObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /** Handles one turn. Never throws: a failure becomes one friendly message and one log line. */
  public List<Reply> handle(Inbound inbound) {
    try {
      ReentrantLock conversation = lockFor(inbound.key());
      conversation.lock();
      try {
        if (tooLate(inbound)) {
          // Acting now on what was said long ago (a "cancel" after the database came back) would
          // surprise the person more than being asked to say it again.
          LOG.log(
              Level.WARNING,
              "A turn in "
                  + inbound.key().asString()
                  + " waited past "
                  + TURN_BUDGET.toSeconds()
                  + " s; not taken");
          return List.of(new Reply.Text(TOO_LATE));
        }
        return turn(inbound, null);
      } finally {
        conversation.unlock();
      }
    } catch (RuntimeException e) {
      return failed(inbound, e);
    }
  }

  /**
   * The turn, when it can be taken without waiting on storage: a typed question (no command, no
   * button) in a conversation with no check-in, whose state the store holds in memory. Empty
   * otherwise, and nothing done: then call {@link #handle}, where a slow database cannot hold up
   * whoever must answer in time. Never throws.
   */
  public Optional<List<Reply>> answerFromMemory(Inbound inbound) {
    return answerOnce(inbound, EVERY_DELIVERY_NEW, "").answer();
  }

  /**
   * A delivery taken once: recorded in {@code seen} as {@code delivery} and, when new, answered at
   * once if it can be ({@link #answerFromMemory}; a store sharing a database with {@code seen}
   * reads the conversation along with recording the delivery, see {@link
   * ConversationStore#peekOnce}). When it is new but not answered, call {@link #handle}; when seen
   * before, do nothing.
   *
   * @throws SeenKeys.Unavailable when the delivery cannot be recorded: nothing is done
   */
  public Once answerOnce(Inbound inbound, SeenKeys seen, String delivery) {
    if (inbound.action() != null
        || Typed.length(inbound.text()) > MAX_MESSAGE_LENGTH
        || commands.readMessage(inbound.text()).isPresent()) {
      return seen.firstTime(delivery) ? Once.LATER : Once.SEEN_BEFORE;
    }
    ReentrantLock conversation = lockFor(inbound.key());
    if (!conversation.tryLock()) {
      // Another turn of this conversation is under way: this one waits its turn, elsewhere.
      return seen.firstTime(delivery) ? Once.LATER : Once.SEEN_BEFORE;
    }
    try {
      ConversationStore.FirstLook look = store.peekOnce(inbound.key(), seen, delivery);
      if (!look.firstTime()) {
        return Once.SEEN_BEFORE;
      }
      Optional<ConversationState> state = look.state();
      if (state.isEmpty()
          || state.get().checkIn() != null
          || state.get().round() != null
          || !state.get().owed().isEmpty()) {
        return Once.LATER;
      }
      return new Once(true, Optional.of(turn(inbound, state.get())));
    } catch (SeenKeys.Unavailable unrecorded) {
      throw unrecorded;
    } catch (RuntimeException e) {
      return new Once(true, Optional.of(failed(inbound, e)));
    } finally {
      conversation.unlock();
    }
  }

  /**
   * What {@link #answerOnce} came to: whether the delivery is new, and its answer when it was
   * answered at once.
   */
  public record Once(boolean firstTime, Optional<List<Reply>> answer) {

    static final Once SEEN_BEFORE = new Once(false, Optional.empty());
    static final Once LATER = new Once(true, Optional.empty());
  }

  /**
   * The welcome for a conversation the bot was just added to: its help, how to talk to it there
   * ({@code direct}: one to one; otherwise a channel) and a button to start a check-in.
   */
  public List<Reply> welcome(boolean direct) {
    return List.of(Welcome.of(features.questions().help(), direct));
  }

  /**
   * What a person's home shows (Slack's App Home): each team they are in at a glance, read-only,
   * with when it is next due to check in, and the home's buttons, which carry on in {@code key},
   * their direct message with the bot. Nothing is saved. Never throws.
   */
  public Home home(ConversationKey key) {
    Inbound opened = new Inbound(key, null, "", null, true, null);
    try {
      List<Team> teams = features.teams().teamsOf(opened);
      if (teams.isEmpty()) {
        return Home.showing(features.team().team(opened, null, ""));
      }
      List<Reply> shown = new ArrayList<>();
      for (Team team : teams) {
        shown.addAll(features.team().team(opened, team.id(), ""));
        features.remind().nextCheckIn(team).map(Reply.Text::new).ifPresent(shown::add);
      }
      return Home.showing(shown);
    } catch (RuntimeException e) {
      return Home.showing(failed(opened, e));
    }
  }

  /**
   * {@code inbound} marked as received now, by this bot's clock: for an adapter that queues the
   * turn before it runs, so that a turn that waited past {@link #TURN_BUDGET} is not taken.
   */
  public Inbound received(Inbound inbound) {
    return inbound.receivedAt(clock.instant());
  }

  private boolean tooLate(Inbound inbound) {
    return inbound.receivedAt() != null
        && clock.instant().isAfter(inbound.receivedAt().plus(TURN_BUDGET));
  }

  /**
   * A conversation's lock. Platforms' ids differ in their last characters ({@code U07}, {@code
   * U08}), whose hash codes differ in their low bits only: the hash is spread over all its bits
   * (Fibonacci hashing) and the top ones pick the lock, so that neighbouring ids seldom share one.
   */
  private ReentrantLock lockFor(ConversationKey key) {
    return conversations[(key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - LOCK_BITS)];
  }

  private static List<Reply> failed(Inbound inbound, RuntimeException e) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.ERROR, "Turn " + reference + " in " + inbound.key().asString() + " failed", e);
    return List.of(
        new Reply.Text(
            "Sorry, something went wrong on my side (reference "
                + reference
                + "). Please try again."));
  }

  /** One turn, on {@code known} state if the caller has it, else on the state the store loads. */
  private List<Reply> turn(Inbound inbound, ConversationState known) {
    String text = inbound.action() != null ? inbound.action().value() : inbound.text();
    int length = Typed.length(text);
    if (length > MAX_MESSAGE_LENGTH) {
      return List.of(
          new Reply.Text(
              "That message is too long for me ("
                  + length
                  + " characters). Please ask one question at a time, in under "
                  + MAX_MESSAGE_LENGTH
                  + " characters."));
    }
    TurnWatch watch = new TurnWatch();
    Instant now = clock.instant();
    ConversationState state =
        known != null ? known : store.load(inbound.key()).orElse(ConversationState.fresh(now));
    List<Reply> notices = new ArrayList<>();
    if (state.updatedAt().plus(FOLLOW_UP_WINDOW).isBefore(now)) {
      // Long after, "outstanding" is a new question, not an answer to old buttons; but the
      // question of a check-in or round under way is still the one asked.
      state = state.withQa(null, state.updatedAt());
      if (state.activeCheckIn() == null && state.roundTakingText() == null) {
        state = state.withOffered(List.of(), List.of(), state.updatedAt());
      }
    }
    // What the channel may not have seen comes first: the platform never said it posted it.
    if (!state.owed().isEmpty()) {
      notices.add(new Reply.Text(OWED_AGAIN));
      notices.addAll(state.owed());
    }
    CheckIn checkIn = state.checkIn();
    if (checkIn != null && features.checkIns().hasExpired(checkIn)) {
      notices.add(features.checkIns().expiryNotice(checkIn));
      state =
          state
              .withCheckIn(null, state.updatedAt())
              .withOffered(List.of(), List.of(), state.updatedAt());
      watch.expired();
    }
    Inbound turn = inbound;
    TypedChoice.Reading reading =
        inbound.action() == null
            ? TypedChoice.read(inbound.text(), state.offered(), state.byWord())
            : new TypedChoice.NotAChoice();
    if (reading instanceof TypedChoice.NoSuchNumber none) {
      notices.add(
          new Reply.Text(
              "There is no option "
                  + none.number()
                  + ": pick 1 to "
                  + none.of()
                  + ", or type a question."));
      store.save(
          inbound.key(), state.withOffered(state.offered(), now).withOwed(owed(notices), now));
      observer.turnTaken(watch.done(inbound, commands, state, state));
      return notices;
    }
    if (reading instanceof TypedChoice.Picked picked
        && (picked.exact() || commands.readMessage(inbound.text()).isEmpty())) {
      // What was just offered is the likeliest meaning: it reads before a new question.
      turn = inbound.pressing(picked.choice().toAction());
    }
    Router.Result result = router.route(turn, state);
    notices.addAll(result.replies());
    if (result.forgot()) {
      // The person was just erased: saving the state now would keep their conversation.
      observer.turnTaken(watch.done(turn, commands, state, ConversationState.fresh(now)));
      return notices;
    }
    ConversationState after = result.state();
    store.save(
        inbound.key(),
        new ConversationState(
            after.qa(),
            after.checkIn(),
            after.teamId(),
            now,
            PlainText.numberedChoices(notices),
            after.round(),
            owed(notices),
            PlainText.choicesByWord(notices)));
    observer.turnTaken(watch.done(turn, commands, state, after));
    return notices;
  }

  /**
   * Tells the bot that the platform posted {@code replies}, the replies of a turn in {@code key}:
   * what it owed the channel is then paid, and the next turn does not post it again. Adapters call
   * it after every turn whose replies they sent; it does nothing unless some were for the channel.
   * Never throws.
   */
  public void posted(ConversationKey key, List<Reply> replies) {
    List<Reply> posted = owed(replies);
    if (posted.isEmpty()) {
      return;
    }
    ReentrantLock conversation = lockFor(key);
    conversation.lock();
    try {
      store
          .load(key)
          .filter(state -> state.owed().equals(posted))
          .ifPresent(state -> store.save(key, state.withOwed(List.of(), state.updatedAt())));
    } catch (RuntimeException e) {
      // The next turn posts it again, with a word of explanation: better twice than never.
      LOG.log(
          Level.WARNING,
          "Could not note a posted summary in "
              + key.asString()
              + ": "
              + e.getClass().getSimpleName());
    } finally {
      conversation.unlock();
    }
  }

  /** The replies for everyone in the channel, which the bot owes until they are posted. */
  static List<Reply> owed(List<Reply> replies) {
    return replies.stream().filter(Reply.ForChannel.class::isInstance).toList();
  }
}
