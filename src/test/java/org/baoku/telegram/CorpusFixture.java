package org.baoku.telegram;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Reply;
import org.baoku.ingest.Article;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;

/**
 * The bundled corpus as a small real {@link Archive} (character-bigram overlap ranking) and a
 * small real {@link ChatHandler} over it, standing in for the production ones while they are built
 * on other branches. Replies are genuine: citations point at real passages with verbatim quotes.
 */
final class CorpusFixture implements Archive, ChatHandler {

  private final List<Article> articles;
  private final List<Passage> passages = new ArrayList<>();
  private final Map<String, Answer> lastAnswer = new HashMap<>();
  private final List<String> seen = new ArrayList<>();

  CorpusFixture() {
    Corpus.Report r = Corpus.read(Path.of("corpus"));
    articles = r.articles();
    articles.forEach(a -> passages.addAll(Chunker.chunk(a)));
  }

  /** Every (conversation, text) pair the handler was given, in order. */
  synchronized List<String> seen() {
    return List.copyOf(seen);
  }

  // ---- Archive --------------------------------------------------------------------------------

  @Override
  public Stats stats() {
    return new Stats(5, articles.size(), passages.size(), Instant.parse("2026-11-22T10:00:00Z"), "bigram-fixture", 1);
  }

  @Override
  public List<Article> articles() {
    return articles;
  }

  @Override
  public List<Passage> passages() {
    return passages;
  }

  @Override
  public Optional<Passage> passage(String id) {
    return passages.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  @Override
  public List<Hit> retrieve(String query, int k) {
    Set<String> q = bigrams(query);
    List<Passage> ranked = new ArrayList<>(passages);
    Map<String, Integer> score = new HashMap<>();
    for (Passage p : passages) {
      Set<String> b = bigrams(p.text());
      b.retainAll(q);
      score.put(p.id(), b.size());
    }
    ranked.removeIf(p -> score.get(p.id()) < 2);
    ranked.sort(Comparator.comparing((Passage p) -> -score.get(p.id())).thenComparing(Passage::id));
    List<Hit> hits = new ArrayList<>();
    for (Passage p : ranked.subList(0, Math.min(k, ranked.size()))) {
      hits.add(new Hit(p, score.get(p.id()), hits.size() + 1));
    }
    return hits;
  }

  @Override
  public List<Hit> findPhrase(String phrase, int k) {
    String needle = phrase.replaceAll("[\\s\\p{P}]", "");
    List<Hit> hits = new ArrayList<>();
    for (Passage p : passages) {
      if (!needle.isEmpty() && p.text().replaceAll("[\\s\\p{P}]", "").contains(needle) && hits.size() < k) {
        hits.add(new Hit(p, 1, hits.size() + 1));
      }
    }
    return hits;
  }

  @Override
  public void close() {}

  // ---- ChatHandler ----------------------------------------------------------------------------

  private static final Pattern SOURCE = Pattern.compile("/source\\s+(\\d+)");

  @Override
  public synchronized Reply handle(String conversationId, String text) {
    seen.add(conversationId + "|" + text);
    String t = text.strip();
    if (t.equals("/help")) {
      return Reply.message("直接提问即可。/source N 看来源，/quote 原话 查出处，/search 关键词 找文章，/reset 重新开始。");
    }
    if (t.equals("/reset")) {
      lastAnswer.remove(conversationId);
      return Reply.message("好的，我们重新开始。");
    }
    Matcher s = SOURCE.matcher(t);
    if (s.matches()) {
      Answer a = lastAnswer.get(conversationId);
      int n = Integer.parseInt(s.group(1));
      if (a == null || n < 1 || n > a.citations().size()) {
        return Reply.message("没有第 " + n + " 条来源。");
      }
      Citation c = a.citations().get(n - 1);
      return new Reply(Reply.Kind.SOURCE, c.passage().text(), null, List.of(c), List.of());
    }
    if (t.startsWith("/quote")) {
      List<Hit> hits = findPhrase(t.substring(6), 5);
      return new Reply(Reply.Kind.QUOTE, hits.isEmpty() ? "档案里没有找到这句话。" : "找到出处。", null, List.of(), hits);
    }
    if (t.startsWith("/search")) {
      List<Hit> hits = retrieve(t.substring(7), 10);
      return new Reply(Reply.Kind.SEARCH, hits.isEmpty() ? "没有找到相关文章。" : "相关文章。", null, List.of(), hits);
    }
    if (t.startsWith("/")) {
      return Reply.message("不认识这个命令。/help 查看用法。");
    }
    List<Hit> hits = retrieve(t, 2);
    Answer a = hits.isEmpty()
        ? new Answer("档案里没有找到能回答“" + t + "”的内容。", List.of(), false, "extractive", "", hits)
        : answer(hits);
    lastAnswer.put(conversationId, a);
    return new Reply(Reply.Kind.ANSWER, a.text(), a, a.citations(), a.hits());
  }

  /** One cited sentence per hit: the passage's first sentence. */
  static Answer answer(List<Hit> hits) {
    List<Citation> cites = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Hit h : hits) {
      String p = h.passage().text();
      int end = p.indexOf('。');
      String quote = end < 0 ? p : p.substring(0, end + 1);
      cites.add(new Citation(cites.size() + 1, h.passage(), quote, 0));
      text.append(quote).append('[').append(cites.size()).append(']');
    }
    return new Answer(text.toString(), cites, true, "extractive", "", hits);
  }

  static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().filter(Character::isLetterOrDigit).toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }
}
