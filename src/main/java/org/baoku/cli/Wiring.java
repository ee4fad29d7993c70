package org.baoku.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import dev.langchain4j.model.chat.ChatModel;
import org.baoku.answer.ChatModels;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.answer.LlmComposer;
import org.baoku.answer.LlmCondenser;
import org.baoku.answer.LlmConfig;
import org.baoku.answer.Prompts;
import org.baoku.chat.Conversations;
import org.baoku.retrieve.Archive;

/**
 * Puts the pipeline together by hand, from an open archive and the environment. With no LLM
 * configured the extractive composer answers and follow-ups are condensed by carrying the subject;
 * with one, the model answers (the extractive composer is its fallback) and condenses follow-ups.
 */
final class Wiring {

  private Wiring() {}

  /**
   * The conversation handler every front end uses.
   *
   * @throws UserException when an LLM or prompt setting is bad (the message names the variable)
   */
  static Conversations conversations(Archive archive, Map<String, String> env) {
    return conversations(archive, env, new DateOptions(), null);
  }

  /**
   * The handler, limited to the dates of {@code dates}, counting relative dates from {@code today}
   * (null: the archive's newest issue).
   */
  static Conversations conversations(Archive archive, Map<String, String> env, DateOptions dates,
      LocalDate today) {
    ExtractiveComposer extractive = new ExtractiveComposer(archive);
    Conversations.Builder chat = Conversations.builder().archive(archive).scope(dates.scope())
        .today(today);
    try {
      Optional<LlmConfig> llm = LlmConfig.fromEnv(env);
      if (llm.isEmpty()) {
        return chat.composer(extractive).build();
      }
      ChatModel model = ChatModels.of(llm.get());
      Prompts prompts = Prompts.load(env);
      return chat.composer(new LlmComposer(model, prompts, extractive))
          .condenser(new LlmCondenser(model, prompts))
          .build();
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Which composer {@link #conversations} uses, for {@code /about} and the eval table. */
  static String composerName(Map<String, String> env) {
    try {
      return LlmConfig.fromEnv(env).map(c -> "llm (" + c.model() + ")").orElse(ExtractiveComposer.NAME);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }
}
