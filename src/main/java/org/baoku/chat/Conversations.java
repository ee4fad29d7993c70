package org.baoku.chat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.answer.Composer;
import org.baoku.answer.ReportDates;
import org.baoku.ingest.Issue;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retrieval;
import org.baoku.retrieve.Scope;
import org.baoku.retrieve.WhenAsked;

/**
 * The conversation handler behind every transport. A question is made standalone (follow-ups),
 * retrieved, composed into a cited answer and remembered; commands look up citations and sources
 * without asking again. Safe for concurrent use: each conversation is handled one message at a time.
 */
public final class Conversations implements ChatHandler {

  /** Passages retrieved per question; the composer uses the best of them, eval scores all ten. */
  static final int HITS = 10;

  private final Archive archive;
  private final Composer composer;
  private final Condenser condenser;
  private final int memoryTurns;
  private final Map<String, Conversation> conversations;
  private final Scope scope;
  private final LocalDate today;

  private Conversations(Builder b) {
    this.archive = Objects.requireNonNull(b.archive, "archive");
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
  public Reply handle(String conversationId, String text) {
    String cleaned = UserText.clean(text).text();
    Conversation conversation = conversation(Objects.requireNonNullElse(conversationId, ""));
    synchronized (conversation) {
      if (cleaned.isEmpty()) {
        return Reply.message(Messages.EMPTY);
      }
      if (cleaned.startsWith("/")) {
        return command(conversation, cleaned);
      }
      return ask(conversation, cleaned);
    }
  }

  private Conversation conversation(String id) {
    synchronized (conversations) {
      return conversations.computeIfAbsent(id, k -> new Conversation(memoryTurns));
    }
  }

  private Reply ask(Conversation conversation, String question) {
    String standalone = condenser.standalone(conversation.history(), question);
    NavigableSet<Issue> issues = archive.issues();
    WhenAsked.Reading when = WhenAsked.read(standalone, issues, today);
    Optional<Scope> within = when.scope().and(scope);
    if (!when.held() || within.isEmpty()) {
      return Reply.message(Messages.noIssue(when.phrases(), issues.first().date(), issues.last().date()));
    }
    Retrieval found = archive.search(standalone, within.get(), HITS);
    Answer answer = ReportDates.name(composer.compose(standalone, found));
    conversation.remember(standalone, answer);
    return new Reply(Reply.Kind.ANSWER, PlainText.answer(answer), answer, answer.citations(), found.hits());
  }

  private Reply command(Conversation conversation, String line) {
    int space = line.indexOf(' ');
    String name = (space < 0 ? line : line.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    int at = name.indexOf('@');
    if (at > 0) {
      name = name.substring(0, at); // "/ask@baoku_bot" in a group
    }
    String arg = space < 0 ? "" : line.substring(space + 1).trim();
    return switch (name) {
      case "/ask" -> arg.isEmpty() ? Reply.message(Messages.ASK_USAGE) : ask(conversation, arg);
      case "/source" -> source(conversation, arg);
      case "/quote" -> quote(arg);
      case "/search" -> search(arg);
      case "/reset" -> {
        conversation.reset();
        yield Reply.message(Messages.RESET);
      }
      case "/help", "/start" -> Reply.message(Messages.HELP);
      default -> Reply.message(Messages.unknownCommand(name));
    };
  }

  private Reply source(Conversation conversation, String arg) {
    Optional<Answer> last = conversation.lastAnswer();
    if (last.isEmpty() || last.get().citations().isEmpty()) {
      return Reply.message(Messages.NO_SOURCES);
    }
    List<Citation> citations = last.get().citations();
    int n;
    try {
      n = arg.isEmpty() ? 1 : Integer.parseInt(arg.replaceAll("[\\[\\]【】［］\\s]", ""));
    } catch (NumberFormatException e) {
      return Reply.message(Messages.sourceRange(citations.size()));
    }
    if (n < 1 || n > citations.size()) {
      return Reply.message(Messages.sourceRange(citations.size()));
    }
    Citation c = citations.get(n - 1);
    return new Reply(Reply.Kind.SOURCE, PlainText.citation(c), null, List.of(c), List.of());
  }

  private Reply quote(String arg) {
    String quotation = arg.replaceAll("^[“”\"「」『』‘’']+|[“”\"「」『』‘’']+$", "").trim();
    if (quotation.isEmpty()) {
      return Reply.message(Messages.QUOTE_USAGE);
    }
    List<Hit> exact = archive.findPhrase(quotation, 5);
    if (!exact.isEmpty()) {
      return new Reply(Reply.Kind.QUOTE, PlainText.articles(Messages.QUOTE_FOUND, exact, quotation), null,
          List.of(), exact);
    }
    List<Hit> near = archive.retrieve(quotation, 3);
    String title = near.isEmpty() ? Messages.QUOTE_NONE : Messages.QUOTE_NEAR;
    return new Reply(Reply.Kind.QUOTE, PlainText.articles(title, near, quotation), null, List.of(), near);
  }

  private Reply search(String keywords) {
    if (keywords.isEmpty()) {
      return Reply.message(Messages.SEARCH_USAGE);
    }
    List<Hit> hits = PlainText.bestPerArticle(archive.retrieve(keywords, 20));
    hits = hits.subList(0, Math.min(5, hits.size()));
    String title = hits.isEmpty() ? Messages.SEARCH_NONE : Messages.SEARCH_FOUND;
    return new Reply(Reply.Kind.SEARCH, PlainText.articles(title, hits), null, List.of(), hits);
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
