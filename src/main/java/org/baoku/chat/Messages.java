package org.baoku.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.stream.Collectors;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Issue;
import org.baoku.retrieve.IssueContents;
import org.baoku.retrieve.Scope;

/** Every fixed text the conversation handler says, Chinese first, in one place; command lists come from {@link Verb}. */
public final class Messages {

  private Messages() {}

  private static final String INTRO = """
      报库：报纸档案问答。直接提问，回答里的每句话都带引用 [n]，可以核对原文。
      Ask about the newspaper archive; every claim in an answer carries a citation [n].

      例如：顺义区总工会派了几名干部到天竺镇？""";

  static final String RESET = "已清除对话记忆，可以开始新话题。Conversation cleared.";
  static final String NO_SOURCES = "还没有可以查看的引用：先问一个问题吧。No answer with sources yet.";
  /** No article holds the quotation or anything close to it. */
  public static final String QUOTE_NONE = "资料中没有找到这段话的出处。/ No article in the archive holds this quotation.";
  static final String SEARCH_FOUND = "相关文章 Articles:";
  static final String SEARCH_NONE = "没有找到相关文章。No matching articles.";

  /** The help every transport shows: what baoku does, then the commands offered everywhere. */
  public static String help() {
    return INTRO + "\n\n" + Verb.offered(Verb.Where.EVERYWHERE).stream()
        .map(Verb::helpLine).collect(Collectors.joining("\n"));
  }

  static String sourceRange(int count) {
    return count == 1
        ? "上一个回答只有引用 [1]：请用 /source 1。"
        : "请给出 1 到 " + count + " 之间的编号，例如 /source 1。Use a number from 1 to " + count + ".";
  }

  /**
   * A question about a time the archive does not hold: it is not answered from other days, and
   * the reader learns which days were searched ({@code searched}, when more than one) and which
   * days there are.
   */
  static String noIssue(List<String> phrases, Scope searched, LocalDate first, LocalDate last) {
    String asked = phrases.isEmpty() ? "这个时间" : "“" + String.join("", phrases) + "”";
    boolean days = searched.from() != null && searched.to() != null && !searched.from().equals(searched.to());
    String zh = days ? "（" + searched.from() + " 至 " + searched.to() + "）" : "";
    String en = days ? " (" + searched.from() + " to " + searched.to() + ")" : "";
    return "档案里没有" + asked + zh + "的报纸，所以不能回答；现有的报纸从 " + first + " 到 " + last + "。"
        + " The archive holds no issue for " + String.join(" ", phrases) + en + "; it runs from "
        + first + " to " + last + ".";
  }

  /** The heading over the articles that hold a quotation. */
  public static String quoteFound(String quotation, int articles) {
    return "“" + quotation + "” 见于 " + articles + " 篇文章 / found in " + articles
        + (articles == 1 ? " article" : " articles");
  }

  static String unknownCommand(String name) {
    return "不认识的命令 /" + name + "，发送 /help 查看用法。Unknown command; try /help.";
  }

  /** A command of another transport: {@code /stats} typed on the console, {@code /exit} on Telegram. */
  static String elsewhere(Verb verb) {
    return verb.where() == Verb.Where.CONSOLE
        ? "/" + verb.command() + " 只在终端里使用。This command is for the console."
        : "/" + verb.command() + " 只在 Telegram 机器人里使用。This command is for the Telegram bot.";
  }

  /**
   * A day the archive lacks ({@code /day}, {@code /read}, {@code baoku day}): which days it does
   * hold, first and last; the papers of that day when only the paper asked for is missing; that
   * nothing is dated when the archive's pages carry no dates.
   *
   * @param paper the paper asked for; null or blank for any
   */
  public static String dayMissing(NavigableSet<Issue> issues, LocalDate date, String paper) {
    String named = paper == null || paper.isBlank() ? "" : "《" + paper.strip() + "》";
    String what = named + date;
    if (issues.isEmpty()) {
      return "档案里没有 " + what + " 的报纸：这个档案的版面都没有日期。/ no issue of " + what
          + ": the archive's pages carry no dates.";
    }
    List<String> thatDay = papersOf(issues, date);
    if (!thatDay.isEmpty()) {
      String papers = thatDay.stream().map(x -> "《" + x + "》").collect(Collectors.joining("、"));
      return "档案里没有 " + what + " 的报纸；这一天有 " + papers + "。/ no issue of " + what
          + "; that day the archive holds " + String.join(", ", thatDay) + ".";
    }
    return "档案里没有 " + what + " 的报纸；现有的报纸从 " + issues.first().date() + " 到 "
        + issues.last().date() + "。/ no issue of " + what + "; the archive runs from "
        + issues.first().date() + " to " + issues.last().date() + ".";
  }

  /** The named papers the archive holds for {@code date}, in name order. */
  static List<String> papersOf(NavigableSet<Issue> issues, LocalDate date) {
    return issues.subSet(new Issue(null, date), true, new Issue(null, date.plusDays(1)), false).stream()
        .map(Issue::paper).filter(Objects::nonNull).toList();
  }

  /** {@code 《人民日报》2020年3月15日 · 8 版 · 52 篇}: the heading of a day's paper. */
  static String issueTitle(IssueContents issue) {
    List<String> papers = issue.pages().stream().map(p -> p.imprint().paper()).distinct().toList();
    String paper = papers.size() == 1 ? papers.get(0) : null;
    return new Imprint(paper, issue.date(), null, null).label() + " · " + issue.pages().size() + " 版 · "
        + issue.articles() + " 篇";
  }

  /** How to open an article by typing, under a day's paper. */
  static String readHint(IssueContents issue, String paper) {
    String form = "/" + Verb.READ.command() + " " + issue.date() + (paper.isEmpty() ? "" : " " + paper);
    return "打开一篇文章：" + form + " 编号，例如 " + form + " 1。Open an article: " + form + " N.";
  }

  /** {@code /read} with a number the issue does not have. */
  static String articleRange(IssueContents issue, String paper) {
    String form = "/" + Verb.READ.command() + " " + issue.date() + (paper.isEmpty() ? "" : " " + paper);
    return "这一天的报纸共有 " + issue.articles() + " 篇文章：请用 1 到 " + issue.articles() + " 之间的编号，例如 "
        + form + " 1。Use a number from 1 to " + issue.articles() + ".";
  }
}
