package org.baoku.chat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.baoku.retrieve.Archive;

/** Every fixed text the conversation handler says, Chinese first, in one place; command lists come from {@link Verb}. */
public final class Messages {

  private Messages() {}

  private static final String INTRO = """
      报库：报纸档案问答。直接提问，回答里的每句话都带引用 [n]，可以核对原文。
      Ask about the newspaper archive; every claim in an answer carries a citation [n].

      例如：顺义区总工会派了几名干部到天竺镇？""";

  static final String RESET = "已清除对话记忆，可以开始新话题。Conversation cleared.";
  static final String NO_SOURCES = "还没有可以查看的引用：先问一个问题吧。No answer with sources yet.";
  static final String QUOTE_FOUND = "这段话出自 Found in:";
  static final String QUOTE_NEAR = "没有找到一字不差的原文，最接近的段落 Closest passages:";
  static final String QUOTE_NONE = "资料中没有找到这段话。Not found in the archive.";
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
   * the reader learns which days there are.
   */
  static String noIssue(List<String> phrases, LocalDate first, LocalDate last) {
    String asked = phrases.isEmpty() ? "这个时间" : "“" + String.join("", phrases) + "”";
    return "档案里没有" + asked + "的报纸，所以不能回答；现有的报纸从 " + first + " 到 " + last + "。"
        + " The archive holds no issue for " + String.join(" ", phrases) + "; it runs from "
        + first + " to " + last + ".";
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
   * {@code /day} before the index knows dates: say so, and what works instead. The archive's
   * pages carry no reliable date yet; answering with a guess would cite the wrong day.
   */
  static String dayUnknown(Command.Day day, Archive.Stats stats) {
    return "报库还不知道各版面的出版日期，暂时不能按日期（" + day.date()
        + (day.paper().isEmpty() ? "" : " " + day.paper()) + "）查看；档案共有 " + stats.pages()
        + " 个版面。可以用 /search 关键词 找文章。Dates are not indexed yet; try /search.";
  }
}
