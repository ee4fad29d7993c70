package org.baoku.retrieve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoku.ingest.Passage;

/**
 * One day's paper as a reader browses it: its pages in order, each with its articles' headlines,
 * each article named by its opening passage so it is one step away ({@code baoku day}, {@code /day}).
 *
 * @param date the issue's date
 * @param paper the paper asked for, or null for every paper of that day
 * @param pages the pages, by page number
 */
public record IssueContents(LocalDate date, String paper, List<PageContents> pages) {

  /**
   * One page of the issue.
   *
   * @param page the page's file id
   * @param articles the opening passage of each article, in reading order
   */
  public record PageContents(String page, List<Passage> articles) {
    public PageContents {
      articles = List.copyOf(articles);
    }

    /** The page's imprint, as its first article carries it. */
    public org.baoku.ingest.Imprint imprint() {
      return articles.get(0).imprint();
    }
  }

  public IssueContents {
    Objects.requireNonNull(date, "date");
    pages = List.copyOf(pages);
  }

  /** The issue of {@code date} in {@code archive} (any paper when {@code paper} is null). */
  public static IssueContents of(Archive archive, LocalDate date, String paper) {
    Map<String, List<Passage>> byPage = new LinkedHashMap<>();
    for (Passage p : archive.issue(date, paper)) {
      byPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p);
    }
    List<PageContents> pages = new ArrayList<>();
    byPage.forEach((page, articles) -> pages.add(new PageContents(page, articles)));
    return new IssueContents(date, paper, pages);
  }

  public boolean isEmpty() {
    return pages.isEmpty();
  }

  /** Articles in the whole issue. */
  public int articles() {
    return pages.stream().mapToInt(p -> p.articles().size()).sum();
  }
}
