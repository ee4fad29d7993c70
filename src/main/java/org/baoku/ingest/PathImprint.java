package org.baoku.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's path under the corpus root says about the page: archives are stored as
 * {@code 人民日报/2020-03-15/05.txt}, and the path is often the only record of paper, day and page.
 *
 * <ul>
 *   <li>The date: any component holding {@code YYYY-MM-DD} or {@code YYYYMMDD}, or three nested
 *       folders {@code YYYY/MM/DD}. Two different dates in one path leave the date unknown and are
 *       reported, as is a day that does not exist.
 *   <li>The page number (版次): the file name's number, when the whole name (without extension) is
 *       one of {@code 05}, {@code 05版}, {@code 第5版}, {@code page05}, {@code p5}, or a date
 *       followed by one of these ({@code 20200315-05}). Any other name gives none: a name like
 *       {@code 000_ed11b46ae6fabb4b} holds digits, but they number nothing a reader could cite.
 *   <li>The paper: the top folder under the corpus root, unless it holds a date or is only digits
 *       (a year folder).
 * </ul>
 * Nothing else is read from a path, and nothing is guessed.
 */
final class PathImprint {

  /** A page number as a file name writes it, alone or after a date. */
  private static final Pattern PAGE =
      Pattern.compile("(?:第|page|p)?[-_ ]?0*([1-9]\\d{0,2})版?", Pattern.CASE_INSENSITIVE);

  /** What may stand between a date and the page number after it. */
  private static final Pattern SEPARATORS = Pattern.compile("^[-_ .]+");

  private PathImprint() {}

  /** The imprint {@code relative} (a corpus-relative path with {@code /}) names, and what is wrong in it. */
  static Reading<Imprint> of(String relative) {
    String[] parts = relative.split("/");
    String name = parts[parts.length - 1];
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    List<String> problems = new ArrayList<>();
    LocalDate date = date(parts, stem, problems);
    Integer pageNo = pageNo(stem);
    String paper = parts.length >= 2 && isPaper(parts[0]) ? parts[0] : null;
    return new Reading<>(new Imprint(paper, date, pageNo, null), problems);
  }

  private static LocalDate date(String[] parts, String stem, List<String> problems) {
    List<IssueDates.Written> found = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      found.addAll(IssueDates.in(i == parts.length - 1 ? stem : parts[i]));
    }
    for (int i = 0; i + 3 < parts.length; i++) {
      IssueDates.Written w = IssueDates.nested(parts[i], parts[i + 1], parts[i + 2]);
      if (w != null) {
        found.add(w);
      }
    }
    List<String> wrong = found.stream().filter(w -> !w.isValid()).map(IssueDates.Written::text).toList();
    TreeSet<LocalDate> dates = new TreeSet<>();
    found.stream().filter(IssueDates.Written::isValid).forEach(w -> dates.add(w.date()));
    if (!wrong.isEmpty()) {
      problems.add("路径中的日期不存在，日期未知 / impossible date " + wrong.get(0)
          + " in the path; date left unknown");
      return null;
    }
    if (dates.size() > 1) {
      problems.add("路径中有两个不同的日期，日期未知 / the path names two dates, " + dates.first()
          + " and " + dates.last() + "; date left unknown");
      return null;
    }
    return dates.isEmpty() ? null : dates.first();
  }

  private static Integer pageNo(String stem) {
    List<IssueDates.Written> dates = IssueDates.in(stem);
    String rest = stem;
    if (!dates.isEmpty()) {
      IssueDates.Written last = dates.get(dates.size() - 1);
      rest = SEPARATORS.matcher(stem.substring(last.end())).replaceFirst("");
    }
    Matcher m = PAGE.matcher(rest.toLowerCase(Locale.ROOT));
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  /** True when the top folder {@code top} names a paper: not a date, a part of one, or a number. */
  private static boolean isPaper(String top) {
    return !top.matches("\\d+") && IssueDates.in(top).isEmpty();
  }
}
