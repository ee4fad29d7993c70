package org.baoku.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/** Builds the LangChain4j chat model a {@link LlmConfig} names. */
public final class ChatModels {

  private ChatModels() {}

  /**
   * No retries: a failed or slow call falls back to the extractive answer at once instead of
   * making the reader wait several timeouts. Temperature 0: answers should only restate passages.
   */
  public static ChatModel of(LlmConfig config) {
    if (config.provider() == LlmConfig.Provider.OLLAMA) {
      OllamaChatModel.OllamaChatModelBuilder b = OllamaChatModel.builder();
      b.baseUrl(config.baseUrl());
      b.modelName(config.model());
      b.timeout(config.timeout());
      b.temperature(0.0);
      b.maxRetries(0);
      return b.build();
    }
    return OpenAiChatModel.builder()
        .baseUrl(config.baseUrl())
        .apiKey(config.apiKey().isEmpty() ? "none" : config.apiKey())
        .modelName(config.model())
        .timeout(config.timeout())
        .temperature(0.0)
        .maxRetries(0)
        .build();
  }
}
