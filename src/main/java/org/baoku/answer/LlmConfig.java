package org.baoku.answer;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which chat model to call, from the environment: any OpenAI-compatible endpoint
 * ({@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY}; OpenAI, DeepSeek, Qwen, vLLM, llama.cpp) or
 * Ollama ({@code OLLAMA_BASE_URL}); {@code BAOKU_MODEL} names the model and
 * {@code BAOKU_LLM_TIMEOUT} the seconds to wait (default {@value #DEFAULT_TIMEOUT_SECONDS}).
 *
 * <p>The API key is a secret: {@link #toString()} masks it, and nothing here logs it.
 */
public record LlmConfig(Provider provider, String baseUrl, String apiKey, String model, Duration timeout) {

  /** The two client families LangChain4j offers us. */
  public enum Provider { OPENAI, OLLAMA }

  public static final int DEFAULT_TIMEOUT_SECONDS = 20;
  static final String OPENAI_URL = "https://api.openai.com/v1";
  static final String OPENAI_DEFAULT_MODEL = "gpt-4o-mini";
  private static final int MAX_TIMEOUT_SECONDS = 600;

  public LlmConfig {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(baseUrl, "baseUrl");
    apiKey = Objects.requireNonNullElse(apiKey, "");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * The configured model, or empty when no LLM is configured (the extractive composer answers).
   * Ollama wins when both are set, because a local server is the explicit choice.
   *
   * @throws IllegalArgumentException with a one-line message saying which variable to fix
   */
  public static Optional<LlmConfig> fromEnv(Map<String, String> env) {
    String ollama = value(env, "OLLAMA_BASE_URL");
    String openAiUrl = value(env, "OPENAI_BASE_URL");
    String key = value(env, "OPENAI_API_KEY");
    String model = value(env, "BAOKU_MODEL");
    if (ollama.isEmpty() && openAiUrl.isEmpty() && key.isEmpty()) {
      return Optional.empty();
    }
    Duration timeout = timeout(value(env, "BAOKU_LLM_TIMEOUT"));
    if (!ollama.isEmpty()) {
      checkUrl("OLLAMA_BASE_URL", ollama);
      if (model.isEmpty()) {
        throw new IllegalArgumentException(
            "BAOKU_MODEL is not set: name the Ollama model to use, e.g. BAOKU_MODEL=qwen2.5:7b");
      }
      return Optional.of(new LlmConfig(Provider.OLLAMA, ollama, "", model, timeout));
    }
    String url = openAiUrl.isEmpty() ? OPENAI_URL : openAiUrl;
    checkUrl("OPENAI_BASE_URL", url);
    if (model.isEmpty()) {
      if (!openAiUrl.isEmpty()) {
        throw new IllegalArgumentException(
            "BAOKU_MODEL is not set: name the model served at OPENAI_BASE_URL, e.g. BAOKU_MODEL=deepseek-chat");
      }
      model = OPENAI_DEFAULT_MODEL;
    }
    return Optional.of(new LlmConfig(Provider.OPENAI, url, key, model, timeout));
  }

  @Override
  public String toString() {
    return "LlmConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey="
        + (apiKey.isEmpty() ? "(none)" : "****") + ", model=" + model + ", timeout="
        + timeout.toSeconds() + "s]";
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null ? "" : v.strip();
  }

  private static Duration timeout(String v) {
    if (v.isEmpty()) {
      return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    }
    try {
      int s = Integer.parseInt(v);
      if (s >= 1 && s <= MAX_TIMEOUT_SECONDS) {
        return Duration.ofSeconds(s);
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted range
    }
    throw new IllegalArgumentException("BAOKU_LLM_TIMEOUT must be a whole number of seconds from 1 to "
        + MAX_TIMEOUT_SECONDS + ", got '" + v + "'");
  }

  private static void checkUrl(String name, String url) {
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException(name + " must be an http:// or https:// URL, got '" + url + "'");
    }
  }
}
