package org.baoku.telegram;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.chat.Verb;
import org.baoku.ingest.Article;
import org.baoku.retrieve.Archive;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** What the bot itself says (as opposed to what the conversation handler answers), in Chinese first. */
final class BotTexts {

  private BotTexts() {}

  /**
   * The command menu registered with setMyCommands: every verb of the table offered everywhere
   * or on Telegram, with how to type it; the admin commands are answered but not advertised.
   */
  static List<BotCommand> menu() {
    return Stream.concat(Verb.offered(Verb.Where.EVERYWHERE).stream(), Verb.offered(Verb.Where.TELEGRAM).stream())
        .map(v -> new BotCommand(v.command(),
            v.description() + (v.args().isEmpty() ? "" : "：/" + v.command() + " " + v.args())))
        .toList();
  }

  static String start(String botName, Optional<Article> first) {
    return "你好！我是<b>报库</b>，报纸档案问答助手。\n\n"
        + "我只根据收录的报纸文章回答问题：每个说法后面都有引用编号 [n]，点下面的按钮就能看到原文，"
        + "并标出支持它的那句话。档案里没有的，我会直说。\n\n"
        + "试着问我：\n<i>" + Html.escape(exampleQuestion(first)) + "</i>\n\n"
        + "也可以 /search 关键词 找文章，/quote 原话 查出处，/help 查看全部用法。"
        + "\n在群里，@" + Html.escape(botName) + " 加上问题，或回复我的消息即可。";
  }

  /** A question about the first headline in the archive, so the example is always answerable. */
  static String exampleQuestion(Optional<Article> first) {
    return first.map(a -> "关于「" + a.headline() + "」，报道说了什么？")
        .orElse("最近工会为职工做了哪些事？");
  }

  static String helpExtras(String botName) {
    return "\n\n<b>在 Telegram 里</b>\n"
        + "• 私聊：直接发问题。\n"
        + "• 群聊：@" + Html.escape(botName) + " 问题、/ask 问题，或回复我的消息。\n"
        + "• 任意聊天输入 @" + Html.escape(botName) + " 关键词：把带出处的原文发到对话里。\n"
        + "• 回答下的按钮显示引用原文，👍/👎 告诉我们回答好不好。"
        + Verb.offered(Verb.Where.TELEGRAM).stream()
            .map(v -> "\n• /" + v.command() + " " + Html.escape(v.description())).collect(Collectors.joining());
  }

  static String about(Archive.Stats s, String composer) {
    String built = s.builtAt() == null ? "未知"
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(s.builtAt());
    return "<b>报库 · 档案概况</b>\n"
        + "版面：" + s.pages() + "\n"
        + "文章：" + s.articles() + "\n"
        + "段落：" + s.passages() + "\n"
        + "索引建于：" + Html.escape(built) + "\n"
        + "向量模型：" + Html.escape(s.model() == null ? "未知" : s.model()) + "\n"
        + "回答方式：" + Html.escape(composer) + (ExtractiveComposer.NAME.equals(composer) ? "（抽取原文句子，不改写）" : "");
  }

  static String stats(BotStats.Snapshot s, int ups, int downs) {
    String share = s.questions() == 0 ? "—" : String.format("%.0f%%", 100.0 * s.grounded() / s.questions());
    return "<b>运行统计</b>（自本次启动）\n"
        + "已回答问题：" + s.questions() + "\n"
        + "有据回答占比：" + share + "\n"
        + "反馈（累计）：👍 " + ups + " · 👎 " + downs + "\n"
        + "延迟：p50 " + s.p50Millis() + " ms · p95 " + s.p95Millis() + " ms";
  }

  static final String NOT_ALLOWED = "抱歉，这个机器人没有对本聊天开放。";
  static final String ADMINS_ONLY = "只有管理员可以使用这个命令。";
  static final String NON_TEXT = "我只能读文字消息，请直接用文字提问。";
  static final String EDITED = "修改后的消息不会重新回答；如需要，请把问题重新发一遍。";
  static final String CALLBACK_FORGED = "这个按钮无法识别，请重新提问。";
  static final String CALLBACK_EXPIRED = "这条回答已过期，请重新提问。";
  static final String CALLBACK_NO_SOURCE = "这条回答没有这个来源编号。";
  static final String VOTE_THANKS = "谢谢反馈！";
  static final String VOTE_FAILED = "反馈暂时没能保存，请稍后再试。";
  static final String REINDEX_STARTED = "开始重建索引；重建期间照常回答，完成后会通知你。";
  static final String REINDEX_BUSY = "索引正在重建中，请稍候。";
  static final String INTERNAL_ERROR = "抱歉，处理这条消息时出了问题，请稍后再试。";

  static String tooFast(long seconds) {
    return "提问有点快了，请 " + seconds + " 秒后再试。";
  }

  static String reindexed(Archive.Stats s, long millis) {
    return "索引已重建：" + s.pages() + " 个版面，" + s.articles() + " 篇文章，" + s.passages()
        + " 个段落，用时 " + (millis / 1000) + " 秒。";
  }

  static String reindexFailed(String reason) {
    return "重建索引失败，仍在使用旧索引：" + Html.escape(reason);
  }
}
