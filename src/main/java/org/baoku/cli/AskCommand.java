package org.baoku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.chat.Conversations;
import org.baoku.chat.Reply;
import org.baoku.retrieve.Archive;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku ask}: one question, or a JSONL file of them, answered with citations. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"回答一个问题并列出引用来源。", "Answer a question with cited sources."})
final class AskCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archiveOptions;

  @Mixin DateOptions dates;

  @Mixin DateOptions.Today today;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Parameters(paramLabel = "QUESTION", description = "问题 / the question")
    String question;

    @Option(names = "--jsonl", paramLabel = "FILE",
        description = {"每行一个 {\"id\",\"question\"[,\"conversation\"]}（- 为标准输入）；同一 conversation 的问题按顺序在同一对话中提问",
            "one {\"id\",\"question\"[,\"conversation\"]} a line (- for stdin); a bad line gets an error object and exit code 1"})
    Path jsonl;
  }

  @Option(names = "--json", description = "输出 JSON / print one JSON object")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (input.jsonl != null) {
      // The file is opened first, so a mistyped name fails before the index is loaded.
      try (JsonlLines lines = JsonlLines.open(input.jsonl);
          Archive archive = archiveOptions.archive(System.err)) {
        Conversations chat = Wiring.conversations(archive, System.getenv(), dates, today.today);
        return JsonlAnswers.run(lines, q -> answer(chat, q), out, spec.commandLine().getErr());
      }
    }
    try (Archive archive = archiveOptions.archive(System.err)) {
      Reply reply = Wiring.conversations(archive, System.getenv(), dates, today.today)
          .handle("ask", org.baoku.chat.Command.parse(input.question));
      out.println(json ? replyJson(reply).toString() : PlainText.render(reply, Terminal.emphasis()));
      out.flush();
      return 0;
    }
  }

  /** Lines sharing a {@code conversation} are asked in one conversation; any other line alone. */
  private static ObjectNode answer(Conversations chat, JsonlLine.Question q) throws JsonlLine.BadField {
    String conversationId = q.name("conversation")
        .map(c -> "conversation-" + c)
        .orElse("line-" + q.number());
    return replyJson(chat.handle(conversationId, org.baoku.chat.Command.parse(q.text())));
  }

  /** The answer's JSON, or {@code {"message"}} for a reply that is not an answer. */
  private static ObjectNode replyJson(Reply reply) {
    return reply.answer() != null
        ? AnswerJson.of(reply.answer())
        : AnswerJson.MAPPER.createObjectNode().put("message", PlainText.render(reply));
  }
}
