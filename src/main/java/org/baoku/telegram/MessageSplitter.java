package org.baoku.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts an HTML message into parts Telegram accepts (at most {@value #LIMIT} characters each).
 *
 * <p>The text is read as atoms: a whole tag, a whole entity ({@code &amp;}) or one code point, so a
 * cut can never fall inside a tag, an entity or a surrogate pair. A cut prefers a paragraph break,
 * then a line break, then the end of a sentence, then a space; tags still open at a cut are closed
 * at the end of the part and reopened at the start of the next, so every part is well-formed on
 * its own. Lengths are counted on the HTML itself, which is never shorter than the text Telegram
 * counts after parsing, so the limit holds with room to spare.
 */
final class MessageSplitter {

  /** Telegram's maximum length of a text message. */
  static final int LIMIT = 4096;

  private final int limit;

  MessageSplitter(int limit) {
    if (limit < 64) {
      throw new IllegalArgumentException("limit too small: " + limit);
    }
    this.limit = limit;
  }

  MessageSplitter() {
    this(LIMIT);
  }

  /** The parts, in order; one part when the message fits; never an empty part. */
  List<String> split(String html) {
    List<String> parts = new ArrayList<>();
    if (html.length() <= limit) {
      if (!html.isBlank()) {
        parts.add(html);
      }
      return parts;
    }
    List<Atom> atoms = atoms(html);
    Deque<String> open = new ArrayDeque<>();
    int from = 0;
    while (from < atoms.size()) {
      String reopen = String.join("", reversed(open));
      Deque<String> stack = new ArrayDeque<>(open);
      int length = reopen.length();
      int[] cutAt = {-1, -1, -1, -1, -1};
      int[] lengthAt = new int[5];
      List<Deque<String>> stackAt = new ArrayList<>(List.of(stack, stack, stack, stack, stack));
      int i = from;
      for (; i < atoms.size(); i++) {
        Atom a = atoms.get(i);
        a.apply(stack);
        length += a.text.length();
        if (length + closers(stack).length() > limit && i > from) {
          break;
        }
        int rank = rankAfter(html, a);
        cutAt[rank] = i + 1;
        lengthAt[rank] = length;
        stackAt.set(rank, new ArrayDeque<>(stack));
        cutAt[0] = i + 1;
        stackAt.set(0, stackAt.get(rank));
      }
      int chosen = i == atoms.size() ? 0 : choose(cutAt, lengthAt);
      int bestCut = i == atoms.size() ? atoms.size() : cutAt[chosen];
      Deque<String> bestStack = i == atoms.size() ? stack : stackAt.get(chosen);
      StringBuilder part = new StringBuilder(reopen);
      for (int k = from; k < bestCut; k++) {
        part.append(atoms.get(k).text);
      }
      part.append(closers(bestStack));
      String p = trimBreaks(part.toString());
      if (!visibleText(p).isBlank()) {
        parts.add(p);
      }
      open = bestStack;
      from = bestCut;
    }
    return parts;
  }

  /**
   * The best cut: the strongest boundary in the second half of the part, else the strongest
   * boundary anywhere (a short part beats a cut mid-sentence), else as late as possible.
   */
  private int choose(int[] cutAt, int[] lengthAt) {
    for (int rank = 4; rank >= 1; rank--) {
      if (cutAt[rank] > 0 && lengthAt[rank] >= limit / 2) {
        return rank;
      }
    }
    for (int rank = 4; rank >= 1; rank--) {
      if (cutAt[rank] > 0) {
        return rank;
      }
    }
    return 0;
  }

  /** How good a cut after {@code a} is: 4 paragraph, 3 line, 2 sentence, 1 space, 0 anywhere else. */
  private static int rankAfter(String html, Atom a) {
    if (a.kind != Kind.CHAR) {
      return 0;
    }
    char c = html.charAt(a.start);
    if (c == '\n') {
      return a.start > 0 && html.charAt(a.start - 1) == '\n' ? 4 : 3;
    }
    if ("。！？；!?;…".indexOf(c) >= 0) {
      return 2;
    }
    if (c == '.' && a.start + 1 < html.length() && html.charAt(a.start + 1) == ' ') {
      return 2;
    }
    return Character.isWhitespace(c) ? 1 : 0;
  }

  private static String trimBreaks(String part) {
    int start = 0;
    while (start < part.length() && part.charAt(start) == '\n') {
      start++;
    }
    String s = part.substring(start);
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.substring(0, end);
  }

  private static String visibleText(String part) {
    return part.replaceAll("<[^>]*>", "");
  }

  private static String closers(Deque<String> open) {
    StringBuilder sb = new StringBuilder();
    for (String tag : open) {
      sb.append("</").append(name(tag)).append('>');
    }
    return sb.toString();
  }

  private static List<String> reversed(Deque<String> open) {
    List<String> out = new ArrayList<>();
    open.descendingIterator().forEachRemaining(out::add);
    return out;
  }

  private static String name(String tag) {
    int end = 1;
    while (end < tag.length() && Character.isLetter(tag.charAt(end))) {
      end++;
    }
    return tag.substring(1, end);
  }

  private enum Kind { CHAR, ENTITY, OPEN, CLOSE }

  /** One uncuttable piece of the message. {@code open} is a stack, innermost tag first. */
  private record Atom(Kind kind, int start, String text) {
    void apply(Deque<String> open) {
      if (kind == Kind.OPEN) {
        open.push(text);
      } else if (kind == Kind.CLOSE && !open.isEmpty()) {
        open.pop();
      }
    }
  }

  private static List<Atom> atoms(String html) {
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      int end;
      Kind kind;
      if (c == '<' && html.indexOf('>', i) > 0) {
        end = html.indexOf('>', i) + 1;
        kind = html.startsWith("</", i) ? Kind.CLOSE : Kind.OPEN;
      } else if (c == '&' && entityEnd(html, i) > 0) {
        end = entityEnd(html, i);
        kind = Kind.ENTITY;
      } else {
        end = i + Character.charCount(html.codePointAt(i));
        kind = Kind.CHAR;
      }
      atoms.add(new Atom(kind, i, html.substring(i, end)));
      i = end;
    }
    return atoms;
  }

  /** End of an entity such as {@code &amp;} or {@code &#128512;} starting at {@code i}, or -1. */
  private static int entityEnd(String html, int i) {
    int j = i + 1;
    while (j < html.length() && j - i <= 10 && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '#')) {
      j++;
    }
    return j < html.length() && html.charAt(j) == ';' && j > i + 1 ? j + 1 : -1;
  }
}
