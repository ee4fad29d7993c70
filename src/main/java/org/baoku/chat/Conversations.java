package org.baoku.chat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.answer.Composer;
import org.baoku.answer.ReportDates;
import org.baoku.ingest.Issue;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retrieval;
import org.baoku.retrieve.Scope;
import org.baoku.retrieve.WhenAsked;

/**
 * The conversation handler behind every transport. A question is made standalone (follow-ups),
 * retrieved, composed into a cited answer and remembered; commands look up citations and sources
 * without asking again. Commands arrive typed ({@link Command}); the reply is structure for each
 * transport to render. Safe for concurrent use: each conversation is handled one message at a time.
 */
public final class Conversations implements ChatHandler {

  /** Passages retrieved per question; the composer uses the best of them, eval scores all ten. */
  static final int HITS = 10;
  /**
   * Passages a follow-up that goes on from the last answer ({@link Condenser.Standalone#continues})
   * is searched for. A follow-up says little of its own ({@code 他在那里担任什么职务？}), so in a large
   * archive its article falls behind others that match its few words: of this pool, up to {@link
   * #FAVOURED} passages of the articles that answer cited come first, then the rest in the pool's
   * order, to {@link #HITS}. The pool is a search of its own: the hybrid retriever fuses more
   * candidates for 40 hits than for 10, so the rest may differ in order from a question's ten.
   * With CMRC 2018 dev's 848 paragraphs beside the bundled pages, over the 438 answerable
   * follow-ups of the 76 sets in {@code eval/}: R@5 0.950 searched as any question, 0.986 with a
   * pool of 10 or 20, 0.989 with 40; containment 0.936, 0.950, 0.954. On the bundled pages alone
   * no figure moved but follow-up R@1, 0.758 → 0.763.
   */
  static final int FOLLOW_UP_POOL = 40;
  /**
   * At most this many passages of the cited articles go first, so half of what the composer reads
   * is still the best match elsewhere, in case the last answer cited the wrong article or the
   * question turned away from it. Every figure of the 76 sets, with the pages alone and buried,
   * was the same with 5 as with no limit.
   */
  static final int FAVOURED = HITS / 2;
  /** Articles listed for /search and /quote; a phone screen shows about this many. */
  static final int LISTED = 5;

  private final Archive archive;
  private final IssueReplies issueReplies;
  private final Composer composer;
  private final Condenser condenser;
  private final int memoryTurns;
  private final Map<String, Conversation> conversations;
  private final Scope scope;
  private final LocalDate today;

  private Conversations(Builder b) {
    this.archive = Objects.requireNonNull(b.archive, "archive");
    this.issueReplies = new IssueReplies(archive);
    this.composer = Objects.requireNonNull(b.composer, "composer");
    this.condenser = b.condenser == null ? new SubjectCarrier() : b.condenser;
    this.memoryTurns = b.memoryTurns;
    this.scope = b.scope;
    this.today = b.today;
    int cap = b.maxConversations;
    // Least recently used chats are forgotten first, so memory stays bounded on a busy bot.
    this.conversations = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
        return size() > cap;
      }
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Reply handle(String conversationId, Command command) {
    Objects.requireNonNull(command, "command");
    Conversation conversation = conversation(Objects.requireNonNullElse(conversationId, ""));
    synchronized (conversation) {
      return reply(conversation, command);
    }
  }

  private Conversation conversation(String id) {
    synchronized (conversations) {
      return conversations.computeIfAbsent(id, k -> new Conversation(memoryTurns));
    }
  }

  /**
   * One case per {@link Command}. Java 17 has no pattern switch, so this is an {@code instanceof}
   * chain in the order of {@link Verb}; {@code CommandTest} checks that every verb parses to its
   * own record.
   */
  private Reply reply(Conversation conversation, Command command) {
    if (command instanceof Command.Ask a) {
      return ask(conversation, Glosses.without(a.question()));
    }
    if (command instanceof Command.Source s) {
      return source(conversation, s.n());
    }
    if (command instanceof Command.Quote q) {
      return quote(q.text());
    }
    if (command instanceof Command.Search s) {
      return search(s.terms());
    }
    if (command instanceof Command.Day d) {
      return issueReplies.day(d);
    }
    if (command instanceof Command.Read r) {
      return issueReplies.read(r);
    }
    if (command instanceof Command.Reset) {
      conversation.reset();
      return Reply.message(Messages.RESET);
    }
    if (command instanceof Command.Help || command instanceof Command.Start) {
      return Reply.message(Messages.help());
    }
    if (command instanceof Command.About) {
      return Reply.message(Messages.elsewhere(Verb.ABOUT));
    }
    if (command instanceof Command.Stats) {
      return Reply.message(Messages.elsewhere(Verb.STATS));
    }
    if (command instanceof Command.Reindex) {
      return Reply.message(Messages.elsewhere(Verb.REINDEX));
    }
    if (command instanceof Command.Exit) {
      return Reply.message(Messages.elsewhere(Verb.EXIT));
    }
    if (command instanceof Command.Unknown u) {
      return Reply.message(Messages.unknownCommand(u.name()));
    }
    return Reply.message(((Command.Malformed) command).usage());
  }

  private Reply ask(Conversation conversation, String question) {
    Condenser.Standalone asked = condenser.standalone(conversation.history(), question);
    String standalone = asked.question();
    NavigableSet<Issue> issues = archive.issues();
    WhenAsked.Reading when = WhenAsked.read(standalone, issues, today);
    Optional<Scope> within = when.scope().and(scope);
    Optional<Scope> later = when.later().flatMap(s -> s.and(scope));
    if (within.isEmpty() && later.isEmpty()) {
      return noIssue(when, issues);
    }
    Set<String> cited = asked.continues() ? conversation.citedArticleKeys() : Set.of();
    Answer answer = within.isPresent() ? answer(standalone, within.get(), cited, issues) : null;
    // the days after the time named hold no answer: a report of it may come weeks later (when no
    // issue lies in either, both searches see the same undated pages, and one is enough)
    if (later.isPresent() && (answer == null || !answer.grounded() && when.held())) {
      answer = answer(standalone, later.get(), cited, issues);
    }
    // No issue of those days: only undated pages, which a date cannot rule out, may answer; when
    // they do not, the reader learns that the days are missing rather than what is closest.
    if (!when.held() && !answer.grounded()) {
      return noIssue(when, issues);
    }
    conversation.remember(standalone, answer);
    return Reply.answer(answer);
  }

  /** The answer from the issues of {@code within}, favouring the articles cited before. */
  private Answer answer(String standalone, Scope within, Set<String> cited, NavigableSet<Issue> issues) {
    Retrieval found = cited.isEmpty() ? archive.search(standalone, within, HITS)
        : archive.search(standalone, within, FOLLOW_UP_POOL).favouring(cited, FAVOURED, HITS);
    return ReportDates.name(composer.compose(standalone, found), !issues.isEmpty());
  }

  /** The archive holds no issue of the time asked: the days searched, and which days it does hold. */
  private Reply noIssue(WhenAsked.Reading when, NavigableSet<Issue> issues) {
    Scope searched = when.reach().and(scope).orElse(when.reach());
    return Reply.message(
        Messages.noIssue(when.phrases(), searched, issues.first().date(), issues.last().date()));
  }

  private Reply source(Conversation conversation, int n) {
    Optional<Answer> last = conversation.lastAnswer();
    if (last.isEmpty() || last.get().citations().isEmpty()) {
      return Reply.message(Messages.NO_SOURCES);
    }
    List<Citation> citations = last.get().citations();
    if (n > citations.size()) {
      return Reply.message(Messages.sourceRange(citations.size()));
    }
    return Reply.source(citations.get(n - 1));
  }

  /** Every article holding the quotation or a close variant, earliest first ({@link Archive#quote}). */
  private Reply quote(String text) {
    Quotation q;
    try {
      q = Quotation.of(text);
    } catch (IllegalArgumentException e) {
      return Reply.message(e.getMessage());
    }
    List<QuoteMatch> matches = archive.quote(q);
    return Reply.quote(matches.isEmpty() ? Messages.QUOTE_NONE : Messages.quoteFound(q.text(), matches.size()),
        q.text(), matches);
  }

  private Reply search(String keywords) {
    List<Hit> hits = listed(archive.retrieve(keywords, 20));
    return Reply.search(hits.isEmpty() ? Messages.SEARCH_NONE : Messages.SEARCH_FOUND, hits);
  }

  /** The best hit of each article, in rank order, at most {@link #LISTED}. */
  static List<Hit> listed(List<Hit> hits) {
    Map<String, Hit> best = new LinkedHashMap<>();
    for (Hit h : hits) {
      best.putIfAbsent(h.passage().articleKey(), h);
    }
    return best.values().stream().limit(LISTED).toList();
  }

  /** Wires a handler; archive and composer are required. */
  public static final class Builder {
    private Archive archive;
    private Composer composer;
    private Condenser condenser;
    private int memoryTurns = 4;
    private int maxConversations = 10_000;
    private Scope scope = Scope.ALL;
    private LocalDate today;

    private Builder() {}

    public Builder archive(Archive archive) {
      this.archive = archive;
      return this;
    }

    public Builder composer(Composer composer) {
      this.composer = composer;
      return this;
    }

    /** Follow-up condensing; default {@link SubjectCarrier}. */
    public Builder condenser(Condenser condenser) {
      this.condenser = condenser;
      return this;
    }

    /** Only this part of the archive is searched ({@code --from}, {@code --to}); default all. */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** The day relative dates ({@code 昨天}) count from; default null, the newest issue. */
    public Builder today(LocalDate today) {
      this.today = today;
      return this;
    }

    /** Turns remembered per conversation; default 4. */
    public Builder memoryTurns(int turns) {
      if (turns < 1) {
        throw new IllegalArgumentException("memoryTurns must be at least 1: " + turns);
      }
      this.memoryTurns = turns;
      return this;
    }

    /** Conversations kept at once, least recently used forgotten first; default 10,000. */
    public Builder maxConversations(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConversations must be at least 1: " + max);
      }
      this.maxConversations = max;
      return this;
    }

    public Conversations build() {
      return new Conversations(this);
    }
  }
}
