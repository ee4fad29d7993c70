package org.baoku.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw text of one page into {@link Unit}s: markup removed, doubled glyphs undone, lines
 * wrapped at column width joined back into paragraphs, paragraphs split by PDF blank lines
 * mid-sentence joined again, extraction spaces removed. Only whitespace, markup and the doubled-glyph
 * artifact change: every other character of the page survives, in order.
 *
 * <p>Joining is driven by punctuation, not by blank lines, because extraction puts blank lines
 * inside sentences ({@code 先后到4个社\n\n区(村)}): a piece that does not end a sentence continues
 * into the next piece of running text. Display lines (headlines, captions) carry no prose
 * punctuation and are kept apart.
 */
final class PageCleaner {

  /**
   * A raw line after markup and artifact repair, before joining; {@code glued} is running text that
   * followed a byline on its line, which always continues into the next line.
   */
  private record Line(String text, int heading, boolean display, boolean blankBefore, boolean glued) {
    Line(String text, int heading, boolean display, boolean blankBefore) {
      this(text, heading, display, blankBefore, false);
    }
  }

  /** A run of lines joined into one piece of text, before it is typed. */
  private record Piece(String text, int heading, boolean display, boolean runsOn) {}

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*?)\\s*#*$");
  private static final Pattern DATE =
      Pattern.compile("^(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:\\s*(?:星期|周)[一二三四五六日天])?$");
  private static final Pattern AD_LABEL = Pattern.compile("^[【\\[(（]?\\s*广\\s*告\\s*[】\\])）]?$");

  /**
   * A page counts as wrapped at column width when this share of its lines is within {@link
   * #WIDTH_SLACK} of the most common line length (page 000: 85%; the unwrapped pages: under 10%).
   */
  private static final double WRAPPED_SHARE = 0.4;

  private static final double WIDTH_SLACK = 2;

  /** A wrapped line shorter than this share of the width ends its piece: a title or a last line. */
  private static final double SHORT_LINE = 0.6;

  /**
   * A wrapped line at least this share of the width, not ending in punctuation, runs on into the
   * next piece: first lines are indented two characters (page 000: 11 to 12 of 14).
   */
  private static final double FULL_LINE = 0.75;

  private final List<Line> lines;
  private final double width;

  private PageCleaner(List<Line> lines) {
    this.lines = lines;
    this.width = wrapWidth(lines);
  }

  /** The units of a raw page, in reading order. Never throws; an empty page gives no units. */
  static List<Unit> clean(String raw) {
    return new PageCleaner(lines(raw)).units();
  }

  /** Removes controls and markup, undoes doubled glyphs, and splits glued display runs off. */
  private static List<Line> lines(String raw) {
    List<Line> out = new ArrayList<>();
    boolean blank = true;
    for (String rawLine : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String t = visible(rawLine).strip();
      int heading = 0;
      Matcher h = HEADING.matcher(t);
      if (h.matches()) {
        heading = h.group(1).length();
        t = h.group(2);
      }
      boolean bold = t.startsWith("**") && t.endsWith("**") && t.length() > 4;
      t = t.replace("**", "").strip();
      if (t.isEmpty()) {
        blank = true;
        continue;
      }
      for (Undoubler.Segment s : Undoubler.split(t)) {
        out.add(new Line(s.text(), heading, bold || s.doubled(), blank));
        blank = false;
      }
    }
    return out;
  }

  /** Drops control and invisible format characters; tabs and odd spaces become plain spaces. */
  private static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (Chars.isSpace(c)) {
        sb.append(' ');
      } else if (type != Character.CONTROL && type != Character.FORMAT
          && type != Character.SURROGATE && type != Character.UNASSIGNED) {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /**
   * The column width the page was wrapped at, in full-width characters, or 0 when its lines are
   * whole paragraphs.
   */
  private static double wrapWidth(List<Line> lines) {
    Map<Long, Integer> counts = new HashMap<>();
    for (Line l : lines) {
      counts.merge(Math.round(measure(l.text())), 1, Integer::sum);
    }
    long mode = counts.entrySet().stream()
        .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(0L);
    long near = lines.stream().filter(l -> Math.abs(measure(l.text()) - mode) <= WIDTH_SLACK).count();
    return lines.size() >= 10 && near >= WRAPPED_SHARE * lines.size() ? mode : 0;
  }

  /** Visible width in full-width characters: Latin letters and digits count half. */
  private static double measure(String s) {
    return s.codePoints().filter(c -> !Chars.isSpace(c)).map(Chars::columns).sum() / 2.0;
  }

  private List<Unit> units() {
    List<Object> seq = new ArrayList<>();
    List<Line> pending = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.blankBefore() || l.heading() > 0 || l.display()) {
        flush(pending, seq);
      }
      if (l.heading() == 0 && AD_LABEL.matcher(l.text()).matches()) {
        flush(pending, seq);
        StringBuilder ad = new StringBuilder(l.text().replaceAll("\\s+", ""));
        while (i + 1 < lines.size() && !lines.get(i + 1).blankBefore()) {
          ad.append('\n').append(Text.body(lines.get(++i).text()));
        }
        seq.add(new Unit(Unit.Type.AD, ad.toString(), 0));
        continue;
      }
      Optional<Bylines.Match> by = l.heading() > 0 ? Optional.empty() : Bylines.find(l.text());
      if (by.isPresent()) {
        flush(pending, seq);
        Bylines.Match m = by.get();
        seq.add(new Unit(m.closing() ? Unit.Type.CREDIT : Unit.Type.BYLINE,
            Text.display(m.byline()), 0));
        if (!m.rest().isEmpty()) {
          pending.add(new Line(m.rest(), 0, false, false, true));
        }
        continue;
      }
      if (!pending.isEmpty() && !continues(pending.get(pending.size() - 1), l)) {
        flush(pending, seq);
      }
      pending.add(l);
    }
    flush(pending, seq);
    return join(seq);
  }

  /** Whether wrapped line {@code next} continues the paragraph {@code prev} ends. */
  private boolean continues(Line prev, Line next) {
    if (width == 0 || isDisplay(prev) || isDisplay(next)) {
      return false;
    }
    if (prev.glued()) {
      return true;
    }
    double len = measure(prev.text());
    String t = prev.text().strip();
    if (Chars.endsSentence(t) && len < width - 1) {
      return false;
    }
    return len >= width * SHORT_LINE || Chars.endsWithPunctuation(t);
  }

  /** A line set apart from running text: markup, doubled glyphs, or wider than the column. */
  private boolean isDisplay(Line l) {
    return l.heading() > 0 || l.display() || measure(l.text()) > width + WIDTH_SLACK;
  }

  private void flush(List<Line> pending, List<Object> seq) {
    if (pending.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (Line l : pending) {
      sb.append(sb.length() == 0 ? "" : "\n").append(l.text());
    }
    Line last = pending.get(pending.size() - 1);
    boolean runsOn = pending.get(0).glued() || width > 0 && !isDisplay(last)
        && measure(last.text()) >= width * FULL_LINE && (pending.size() > 1 || !last.blankBefore());
    seq.add(new Piece(sb.toString(), last.heading(), last.display(), runsOn));
    pending.clear();
  }

  /**
   * Types the pieces and joins running text split by blank lines. A prose piece that does not end
   * a sentence joins the next prose piece; short display lines between them are photo captions
   * the extraction dropped into the sentence, and are lifted out after it.
   */
  private static List<Unit> join(List<Object> seq) {
    List<Unit> out = new ArrayList<>();
    int i = 0;
    while (i < seq.size()) {
      Object o = seq.get(i);
      if (o instanceof Unit u) {
        out.add(u);
        i++;
        continue;
      }
      Piece p = (Piece) o;
      if (!isProse(p) && !cutInsideWord(p, seq, i)) {
        out.add(typed(p));
        i++;
        continue;
      }
      StringBuilder text = new StringBuilder(p.text());
      List<Unit> lifted = new ArrayList<>();
      i++;
      while (continuesAfter(Text.body(text.toString()))) {
        int j = i;
        List<Unit> captions = new ArrayList<>();
        while (j < seq.size() && seq.get(j) instanceof Piece q && !isProse(q) && q.heading() == 0
            && !DATE.matcher(Text.body(q.text())).matches()) {
          captions.add(new Unit(Unit.Type.CAPTION, Text.body(q.text()), 0));
          j++;
        }
        boolean closed = !captions.isEmpty() && endsWithCloser(text);
        if (!closed && j < seq.size() && seq.get(j) instanceof Piece q && isProse(q)) {
          text.append('\n').append(q.text());
          lifted.addAll(captions);
          i = j + 1;
        } else {
          break;
        }
      }
      out.add(new Unit(Unit.Type.PROSE, Text.body(text.toString()), 0));
      out.addAll(lifted);
    }
    return out;
  }

  /**
   * Whether {@code text} ends with a closing quote or bracket ({@code （完）}, a quotation): text
   * that does must not be joined across display lines, which would glue two stories together.
   */
  private static boolean endsWithCloser(CharSequence text) {
    String t = text.toString().strip();
    return !t.isEmpty() && Chars.isCloser(t.codePointBefore(t.length()));
  }

  /**
   * Whether running text ending in {@code s} goes on in the next piece: it does not end a sentence,
   * and does not end in a colon (a list or quotation set as its own paragraphs follows one).
   */
  private static boolean continuesAfter(String s) {
    return !s.isEmpty() && !Chars.endsSentence(s) && !s.endsWith("：") && !s.endsWith(":");
  }

  /**
   * Whether plain line {@code p} is the start of a paragraph the PDF cut inside a word ({@code
   * 据门头沟区总工会相关负} | {@code 责人介绍,...}) rather than a title over the text that follows.
   */
  private static boolean cutInsideWord(Piece p, List<Object> seq, int i) {
    if (p.heading() > 0 || p.display() || i + 1 >= seq.size()
        || !(seq.get(i + 1) instanceof Piece next) || !isProse(next)) {
      return false;
    }
    String text = Text.display(p.text());
    return !Text.hasGap(text) && Lexicon.joinsWord(text, Text.body(next.text()));
  }

  private static boolean isProse(Piece p) {
    if (p.heading() > 0 || p.display()) {
      return false;
    }
    String t = p.text();
    return p.runsOn() || Chars.hasProseMark(t) || Chars.endsWithPunctuation(t);
  }

  private static Unit typed(Piece p) {
    String body = Text.body(p.text());
    if (p.heading() == 0 && DATE.matcher(body).matches()) {
      return new Unit(Unit.Type.DATELINE, body, 0);
    }
    return new Unit(Unit.Type.BARE, Text.display(p.text()), p.heading());
  }
}
