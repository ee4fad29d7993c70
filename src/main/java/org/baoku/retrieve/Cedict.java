package org.baoku.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The English→Chinese index derived from CC-CEDICT ({@code cedict-en-zh.tsv.gz} beside this class,
 * CC BY-SA 4.0, written by {@code tools/cedict-index.py}, whose docstring gives the format):
 * English words and phrases to the simplified headwords whose glosses say them, which of those
 * phrases are a verb and its object, and the toneless pinyin of proper names to their headwords.
 *
 * <p>Values stay as their text until asked for: a question looks up a few dozen keys, and parsing
 * all 95,000 candidate lists would double the load. Immutable after {@link #load}; thread-safe.
 */
final class Cedict {

  static final String RESOURCE = "cedict-en-zh.tsv.gz";

  /**
   * One headword a gloss gives for an English key.
   *
   * @param head simplified headword, Han characters only
   * @param sense 0-based position of the gloss among the entry's glosses (0: what it mainly means)
   * @param senses how many glosses the entry has
   * @param proper the gloss is capitalised, a name ("China" is 中国, "china" 瓷器)
   * @param partial the gloss is two words ending in the key: 工会 is a "labor union", so a kind of
   *     union, not what "union" means alone
   */
  record Candidate(String head, int sense, int senses, boolean proper, boolean partial) {}

  private final Map<String, String> english;
  private final Set<String> verbObjects;
  private final Map<String, String> pinyin;
  private final long loadMillis;

  private Cedict(Map<String, String> english, Set<String> verbObjects, Map<String, String> pinyin,
      long loadMillis) {
    this.english = english;
    this.verbObjects = verbObjects;
    this.pinyin = pinyin;
    this.loadMillis = loadMillis;
  }

  /**
   * Reads the bundled index.
   *
   * @throws IllegalStateException when the resource is missing or a line is malformed: a broken
   *     build, named with the line number
   */
  static Cedict load() {
    long started = System.nanoTime();
    InputStream raw = Cedict.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the classpath: rebuild the jar");
    }
    Map<String, String> english = new HashMap<>(1 << 17);
    Set<String> verbObjects = new HashSet<>();
    Map<String, String> pinyin = new HashMap<>(1 << 15);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int a = line.indexOf('\t');
        if (a == 1 && line.charAt(0) == 'o') {
          verbObjects.add(line.substring(a + 1));
          continue;
        }
        int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
        if (a != 1 || b < 0 || (line.charAt(0) != 'e' && line.charAt(0) != 'p')) {
          throw new IllegalStateException(RESOURCE + " line " + n + " is malformed: " + line);
        }
        Map<String, String> into = line.charAt(0) == 'e' ? english : pinyin;
        into.put(line.substring(a + 1, b), line.substring(b + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new Cedict(english, verbObjects, pinyin, (System.nanoTime() - started) / 1_000_000);
  }

  /** How long {@link #load} took, in milliseconds. */
  long loadMillis() {
    return loadMillis;
  }

  /**
   * The headwords whose glosses say {@code key} (lower case), best-placed gloss first, then those
   * of two-word glosses ending in it; maybe empty.
   */
  List<Candidate> english(String key) {
    String value = english.get(key);
    if (value == null) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    for (String item : value.split(" ")) {
      boolean proper = item.startsWith("*");
      boolean partial = item.startsWith("~");
      int colon = item.indexOf(':');
      int slash = item.indexOf('/', colon);
      out.add(new Candidate(item.substring(proper || partial ? 1 : 0, colon),
          Integer.parseInt(item, colon + 1, slash, 10),
          Integer.parseInt(item, slash + 1, item.length(), 10), proper, partial));
    }
    return out;
  }

  /**
   * Whether {@code key} is a verb and its object ("raise money"), which a question may write
   * apart; its headwords are {@link #english}'s.
   */
  boolean verbObject(String key) {
    return verbObjects.contains(key);
  }

  /** Headwords of the proper names spelled {@code key} in toneless pinyin ("haidian"); maybe none. */
  List<String> pinyin(String key) {
    String value = pinyin.get(key);
    return value == null ? List.of() : List.of(value.split(" "));
  }
}
