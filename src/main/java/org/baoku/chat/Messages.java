package org.baoku.chat;

import java.time.LocalDate;
import java.util.List;

/** Every fixed text the conversation handler says, Chinese first, in one place. */
public final class Messages {

  private Messages() {}

  public static final String HELP = """
      报库：报纸档案问答。直接提问，回答里的每句话都带引用 [n]，可以核对原文。
      Ask about the newspaper archive; every claim in an answer carries a citation [n].

      例如：顺义区总工会派了几名干部到天竺镇？

      /source N   查看上一个回答的第 N 条引用原文
      /quote 文字  查一段话出自哪篇文章
      /search 关键词  按关键词找文章
      /reset      清除对话记忆，换个话题
      /help       显示本帮助""";

  static final String EMPTY = "请输入问题，例如：顺义区总工会派了几名干部到天竺镇？（/help 查看用法）";
  static final String RESET = "已清除对话记忆，可以开始新话题。Conversation cleared.";
  static final String ASK_USAGE = "用法：/ask 问题，例如 /ask 建工集团今年开展了几场应急救护培训？";
  static final String NO_SOURCES = "还没有可以查看的引用：先问一个问题吧。No answer with sources yet.";
  static final String QUOTE_USAGE = "用法：/quote 一段原文，例如 /quote 被隔离也要出份力";
  static final String QUOTE_FOUND = "这段话出自 Found in:";
  static final String QUOTE_NEAR = "没有找到一字不差的原文，最接近的段落 Closest passages:";
  static final String QUOTE_NONE = "资料中没有找到这段话。Not found in the archive.";
  static final String SEARCH_USAGE = "用法：/search 关键词，例如 /search 献血";
  static final String SEARCH_FOUND = "相关文章 Articles:";
  static final String SEARCH_NONE = "没有找到相关文章。No matching articles.";

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
    return "不认识的命令 " + name + "，发送 /help 查看用法。Unknown command; try /help.";
  }
}
