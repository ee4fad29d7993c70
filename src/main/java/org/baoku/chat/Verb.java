package org.baoku.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The table of commands: the one list that {@link Command#parse}, {@code /help}, the console's
 * banner and Telegram's command menu (setMyCommands) all read. Adding a command is one row here,
 * one record in {@link Command} and one case where it is answered; the compiler finds the rest.
 *
 * <p>Descriptions are Chinese first, because the readers are; Telegram rejects a menu description
 * outside 1–256 characters, so each stays one short phrase.
 */
public enum Verb {
  ASK("ask", "问题", "提问（也可以直接发问题）", "建工集团今年开展了几场应急救护培训？", Where.EVERYWHERE),
  SOURCE("source", "N", "查看上一个回答的第 N 条引用原文", "1", Where.EVERYWHERE),
  QUOTE("quote", "原话", "查一段话出自哪篇文章", "被隔离也要出份力", Where.EVERYWHERE),
  SEARCH("search", "关键词", "按关键词找文章", "献血", Where.EVERYWHERE),
  DAY("day", "YYYY-MM-DD [报纸]", "查看某一天的报纸", "2020-03-05", Where.EVERYWHERE),
  READ("read", "YYYY-MM-DD [报纸] N", "打开某天报纸的第 N 篇文章（编号见 /day）", "2020-03-05 1", Where.EVERYWHERE),
  RESET("reset", "", "清除对话记忆，换个话题", "", Where.EVERYWHERE),
  HELP("help", "", "显示本帮助", "", Where.EVERYWHERE),
  START("start", "", "这是什么机器人", "", Where.TELEGRAM),
  ABOUT("about", "", "档案与索引概况", "", Where.TELEGRAM),
  STATS("stats", "", "运行统计（管理员）", "", Where.TELEGRAM_ADMIN),
  REINDEX("reindex", "", "重建索引（管理员）", "", Where.TELEGRAM_ADMIN),
  EXIT("exit", "", "退出", "", Where.CONSOLE, "quit", "q");

  /** Where a command is offered. */
  public enum Where {
    /** The console and Telegram: listed by {@code /help} and in Telegram's menu. */
    EVERYWHERE,
    /** Telegram only: in its menu and its help, not the console's. */
    TELEGRAM,
    /** Telegram only, for the admins: answered, never advertised. */
    TELEGRAM_ADMIN,
    /** The console only; Telegram leaves it to other bots in a group. */
    CONSOLE
  }

  private final String name;
  private final String args;
  private final String description;
  private final String example;
  private final Where where;
  private final List<String> aliases;

  Verb(String name, String args, String description, String example, Where where, String... aliases) {
    this.name = name;
    this.args = args;
    this.description = description;
    this.example = example;
    this.where = where;
    this.aliases = List.of(aliases);
  }

  /** The name without the slash, lower case ({@code source}). */
  public String command() {
    return name;
  }

  /** What the reader types after the name, in words ({@code N}); empty when nothing. */
  public String args() {
    return args;
  }

  /** What the command does, in Chinese. */
  public String description() {
    return description;
  }

  public Where where() {
    return where;
  }

  /** {@code 用法：/quote 原话，例如 /quote 被隔离也要出份力}: what a malformed command is answered with. */
  public String usage() {
    String form = "/" + name + (args.isEmpty() ? "" : " " + args);
    return "用法：" + form + (example.isEmpty() ? "" : "，例如 /" + name + " " + example);
  }

  /** {@code /source N   查看…}: the command's line in a help text, aligned for a monospace console. */
  public String helpLine() {
    String form = "/" + name + (args.isEmpty() ? "" : " " + args);
    return form + " ".repeat(Math.max(2, 12 - form.length())) + description;
  }

  /** The verbs offered {@code where}, in table order. */
  public static List<Verb> offered(Where where) {
    return Arrays.stream(values()).filter(v -> v.where == where).toList();
  }

  /** The verb named {@code name} or one of its aliases, any case, without the slash. */
  public static Optional<Verb> named(String name) {
    String n = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(v -> v.name.equals(n) || v.aliases.contains(n)).findFirst();
  }
}
