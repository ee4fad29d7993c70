package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's reference in the form of GB/T 7714-2015 for newspaper articles, which Chinese
 * historians and journals expect: {@code 责任者. 题名[N]. 报纸名, 出版日期(版次).} A part the
 * archive does not know is left out rather than invented.
 */
public final class Reference {

  private Reference() {}

  /** The standard lists three authors, then {@code 等}. */
  private static final int MAX_AUTHORS = 3;

  /** Dispatch and role words around the names in a byline. */
  private static final Pattern NOISE = Pattern.compile(
      "本报讯|新华社讯|(?:本报|新华社)[^\\s（(，。,]{0,16}电|(?:本报|特约|实习|见习)?(?:摄影记者|记者|通讯员)"
          + "|摄影报道|摄影|摄|供图|报道|[□■◆◇☆★（）()【】\\[\\]]");

  /** A name: two to four Han characters, a middle dot allowed (少数民族 and foreign names). */
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,6}");

  /**
   * The reference of an article, or empty when neither its paper nor its date is known: without
   * them a reference cannot lead a reader to the page.
   */
  public static Optional<String> of(String headline, String byline, Imprint imprint) {
    if (imprint.paper() == null && imprint.date() == null) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder();
    List<String> authors = authors(byline);
    if (!authors.isEmpty()) {
      List<String> shown = authors.subList(0, Math.min(MAX_AUTHORS, authors.size()));
      sb.append(String.join(", ", shown));
      if (authors.size() > MAX_AUTHORS) {
        sb.append(", 等");
      }
      sb.append(". ");
    }
    String title = headline == null ? "" : headline.strip();
    if (!title.isEmpty()) {
      sb.append(title).append("[N]. ");
    }
    List<String> where = new ArrayList<>();
    if (imprint.paper() != null) {
      where.add(imprint.paper());
    }
    if (imprint.date() != null) {
      where.add(imprint.isoDate() + (imprint.pageNo() == null ? "" : "(" + imprint.pageNo() + ")"));
    }
    sb.append(String.join(", ", where)).append('.');
    return Optional.of(sb.toString());
  }

  /**
   * The people a byline names, in order: {@code 本报讯（记者 张晶 通讯员 秦一夫）} gives 张晶 and
   * 秦一夫; a signature ({@code 北京市服务工会主席 石岳}) gives its last word, the name.
   */
  static List<String> authors(String byline) {
    if (byline == null || byline.isBlank()) {
      return List.of();
    }
    String t = byline.strip();
    Optional<Bylines.Match> m = Bylines.find(t);
    boolean signature = m.isPresent() && m.get().closing() && !NOISE.matcher(t).find();
    if (signature) {
      String[] words = t.split("\\s+");
      return List.of(words[words.length - 1]);
    }
    List<String> out = new ArrayList<>();
    Matcher names = NAME.matcher(NOISE.matcher(t).replaceAll(" "));
    while (names.find()) {
      String name = names.group();
      if (name.length() <= 4 || name.contains("·")) {
        out.add(name);
      }
    }
    return out;
  }
}
