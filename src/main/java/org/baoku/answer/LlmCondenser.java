package org.baoku.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.baoku.chat.Condenser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a follow-up into a standalone question with the chat model, through LangChain4j's
 * {@link CompressingQueryTransformer} and our {@code prompts/condense.txt}. On any failure, or a
 * reply that is blank or absurdly long, the question is returned as asked.
 */
public final class LlmCondenser implements Condenser {

  /** Earlier turns shown to the model; older ones rarely decide what "他" refers to. */
  static final int TURNS = 3;
  /** A rewrite longer than this many times the question plus history is not a question. */
  private static final int MAX_GROWTH = 4;

  private static final Logger LOG = LoggerFactory.getLogger(LlmCondenser.class);

  private final CompressingQueryTransformer transformer;

  public LlmCondenser(ChatModel model, Prompts prompts) {
    Objects.requireNonNull(model, "model");
    this.transformer = new CompressingQueryTransformer(model, PromptTemplate.from(prompts.condense()));
  }

  @Override
  public Standalone standalone(List<Turn> history, String question) {
    String asked = question == null ? "" : question;
    if (history == null || history.isEmpty() || asked.isBlank()) {
      return Standalone.alone(asked);
    }
    List<ChatMessage> memory = new ArrayList<>();
    for (Turn t : history.subList(Math.max(0, history.size() - TURNS), history.size())) {
      memory.add(UserMessage.from(nonBlank(t.question())));
      memory.add(AiMessage.from(nonBlank(t.answer())));
    }
    try {
      UserMessage current = UserMessage.from(asked);
      Collection<Query> out = transformer.transform(
          Query.from(asked, Metadata.from(current, "baoku", memory)));
      String rewritten = out.isEmpty() ? "" : out.iterator().next().text();
      rewritten = rewritten == null ? "" : rewritten.strip();
      int limit = MAX_GROWTH * (asked.length() + 200);
      // The rewrite names what the question referred to; whether it goes on from the previous
      // answer or turns to another subject, the model does not say, so nothing is searched first.
      return Standalone.alone(rewritten.isEmpty() || rewritten.length() > limit ? asked : rewritten);
    } catch (RuntimeException e) {
      LOG.warn("condensing the follow-up failed: {}", e.getClass().getSimpleName());
      return Standalone.alone(asked);
    }
  }

  private static String nonBlank(String s) {
    return s == null || s.isBlank() ? "…" : s;
  }
}
