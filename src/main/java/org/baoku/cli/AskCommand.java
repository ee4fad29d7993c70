package org.baoku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.baoku.chat.Conversations;
import org.baoku.chat.Reply;
import org.baoku.retrieve.HybridArchive;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baoku ask}: one question, or a JSONL file of them, answered with citations. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"回答一个问题并列出引用来源。", "Answer a question with cited sources."})
final class AskCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archiveOptions;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  static final class Input {
    @Parameters(paramLabel = "QUESTION", description = "问题 / the question")
    String question;

    @Option(names = "--jsonl", paramLabel = "FILE",
        description = "每行一个 {\"id\",\"question\"[,\"conversation\"]}；同一 conversation 的问题按顺序在同一对话中提问")
    Path jsonl;
  }

  @Option(names = "--json", description = "输出 JSON / print one JSON object")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (HybridArchive archive = archiveOptions.open(System.err)) {
      Conversations chat = Wiring.conversations(archive, System.getenv());
      if (input.jsonl != null) {
        return askAll(chat, input.jsonl, out);
      }
      Reply reply = chat.handle("ask", input.question);
      if (json && reply.answer() != null) {
        out.println(AnswerJson.of(reply.answer()).toString());
      } else if (json) {
        out.println(AnswerJson.MAPPER.createObjectNode().put("message", reply.text()));
      } else {
        out.println(reply.text());
      }
      out.flush();
      return 0;
    }
  }

  /** One output line per input line, same order; a bad line gets an error object and the rest go on. */
  private int askAll(Conversations chat, Path file, PrintWriter out) throws IOException {
    int bad = 0;
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        ObjectNode result;
        JsonNode id = null;
        try {
          JsonNode item = AnswerJson.MAPPER.readTree(line);
          id = item.get("id");
          JsonNode question = item.get("question");
          if (question == null || !question.isTextual()) {
            throw new IllegalArgumentException("missing \"question\"");
          }
          JsonNode conversation = item.get("conversation");
          String conversationId = conversation == null || conversation.isNull()
              ? "line-" + lineNo : "conversation-" + conversation.asText();
          Reply reply = chat.handle(conversationId, question.asText());
          result = reply.answer() != null
              ? AnswerJson.of(reply.answer())
              : AnswerJson.MAPPER.createObjectNode().put("message", reply.text());
        } catch (JsonProcessingException | IllegalArgumentException e) {
          bad++;
          String why = e instanceof JsonProcessingException ? "not valid JSON" : e.getMessage();
          System.err.println(file + ":" + lineNo + ": " + why + " — 已跳过 / skipped");
          result = AnswerJson.MAPPER.createObjectNode().put("error", file + ":" + lineNo + ": " + why);
        }
        ObjectNode line0 = AnswerJson.MAPPER.createObjectNode();
        line0.set("id", id);
        line0.setAll(result);
        out.println(line0.toString());
      }
    } catch (NoSuchFileException e) {
      throw new UserException("找不到文件 / file not found: " + file);
    }
    out.flush();
    return bad == 0 ? 0 : 1;
  }
}
