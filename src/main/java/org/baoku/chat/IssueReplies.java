package org.baoku.chat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.IssueContents;

/**
 * {@code /day} and {@code /read}: a day's paper as a reader browses it, and one of its articles in
 * full. Articles are numbered through the issue in the order {@link IssueContents} lists them
 * (page number, page, position), so {@code /read} needs one number and a button carries it.
 * Needs no conversation memory: the same command gives the same reply to anyone.
 */
final class IssueReplies {

  private final Archive archive;

  IssueReplies(Archive archive) {
    this.archive = archive;
  }

  /** The day's paper from the page asked for (the last when there are fewer); a missing day says which there are. */
  Reply day(Command.Day d) {
    IssueContents issue = issue(d.date(), d.paper());
    if (issue.isEmpty()) {
      return Reply.message(Messages.dayMissing(archive.issues(), d.date(), d.paper()));
    }
    return Reply.issue(Messages.issueTitle(issue), issue, d.paper(), Math.min(d.page(), issue.pages().size()),
        Messages.readHint(issue, d.paper()));
  }

  /** Article {@code n} of the day's paper in full, its passages joined in reading order. */
  Reply read(Command.Read r) {
    IssueContents issue = issue(r.date(), r.paper());
    if (issue.isEmpty()) {
      return Reply.message(Messages.dayMissing(archive.issues(), r.date(), r.paper()));
    }
    List<Passage> openings = issue.pages().stream().flatMap(p -> p.articles().stream()).toList();
    if (r.n() > openings.size()) {
      return Reply.message(Messages.articleRange(issue, r.paper()));
    }
    Passage opening = openings.get(r.n() - 1);
    return Reply.article(opening, body(opening, archive.article(opening)));
  }

  /**
   * The issue of {@code date}; {@code paper} names one paper of that day by its name or, when only
   * one paper of the day starts so, by the start of it ({@code 人民} for 人民日报: quicker to type,
   * and Telegram's 64-byte buttons carry a long name cut short).
   */
  private IssueContents issue(LocalDate date, String paper) {
    if (paper.isEmpty()) {
      return IssueContents.of(archive, date, null);
    }
    List<String> papers = Messages.papersOf(archive.issues(), date);
    List<String> starting = papers.stream().filter(p -> p.startsWith(paper)).toList();
    String named = papers.contains(paper) || starting.size() != 1 ? paper : starting.get(0);
    return IssueContents.of(archive, date, named);
  }

  /**
   * An article's text from its passages in reading order: passages are exact, non-overlapping
   * spans of the article ({@link org.baoku.ingest.Chunker}) and what lies between two is the
   * whitespace they were trimmed of, a line break at most places, so a gap becomes one. The
   * opening lines that repeat the headline and byline are left out: the reply shows them apart.
   */
  static String body(Passage opening, List<Passage> passages) {
    StringBuilder text = new StringBuilder();
    int end = -1;
    for (Passage p : passages.isEmpty() ? List.of(opening) : passages) {
      if (end >= 0) {
        text.append(p.start() > end ? "\n" : "");
      }
      text.append(p.text());
      end = p.end();
    }
    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
    while (lines.size() > 1 && (lines.get(0).strip().equals(opening.headline().strip())
        || !opening.byline().isBlank() && lines.get(0).strip().equals(opening.byline().strip()))) {
      lines.remove(0);
    }
    return String.join("\n", lines);
  }
}
