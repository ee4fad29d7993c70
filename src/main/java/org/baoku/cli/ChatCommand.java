package org.baoku.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.baoku.chat.Conversations;
import org.baoku.chat.Messages;
import org.baoku.chat.Verb;
import org.baoku.retrieve.Archive;
import org.baoku.solr.SolrUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code baoku chat}: the console adapter. Reads a line, hands it to the same conversation handler
 * the Telegram bot uses, prints the reply. Piped input works too (one question a line, no prompt).
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = {"在终端里与报库对话（/help 查看命令）。", "Talk to the archive in the terminal."})
final class ChatCommand implements Callable<Integer> {

  /** Words that end the session typed without a slash; the slash forms are {@link Verb#EXIT}. */
  private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", "退出");

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archiveOptions;

  @Mixin DateOptions dates;

  @Mixin DateOptions.Today today;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean terminal = System.console() != null;
    PlainText.Emphasis emphasis = Terminal.emphasis();
    try (Archive archive = archiveOptions.archive(System.err)) {
      Conversations chat = Wiring.conversations(archive, System.getenv(), dates, today.today);
      if (terminal) {
        out.println(banner(archive));
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (true) {
        if (terminal) {
          out.print("\n问 > ");
          out.flush();
        }
        String line = in.readLine();
        if (line == null || EXIT_WORDS.contains(line.trim().toLowerCase(Locale.ROOT))) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        org.baoku.chat.Command command = org.baoku.chat.Command.parse(line);
        if (command instanceof org.baoku.chat.Command.Exit) {
          break;
        }
        try {
          out.println(PlainText.render(chat.handle("console", command), emphasis));
        } catch (SolrUnavailableException e) {
          // The cluster may recover: say so in one line and take the next question.
          out.println("抱歉，档案暂时无法访问，请稍后再问。/ Sorry, the archive cannot be reached right now; please ask again shortly.\n("
              + e.getMessage() + ")");
        }
        out.flush();
      }
    }
    return 0;
  }

  private static String banner(Archive archive) {
    Archive.Stats s = archive.stats();
    return "报库 baoku · " + s.pages() + " 版 " + s.articles() + " 篇文章 " + s.passages() + " 段 · "
        + "输入 /" + Verb.EXIT.command() + " " + Verb.EXIT.description() + "\n\n" + Messages.help();
  }
}
