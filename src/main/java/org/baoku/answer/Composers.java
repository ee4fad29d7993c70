package org.baoku.answer;

import java.util.Map;
import java.util.Optional;
import org.baoku.retrieve.Archive;

/** The composer the environment asks for: the LLM one when configured, else the extractive one. */
public final class Composers {

  private Composers() {}

  /**
   * @param env usually {@code System.getenv()}
   * @throws IllegalArgumentException with a one-line message when the LLM or prompt settings are bad
   */
  public static Composer fromEnv(Map<String, String> env, Archive archive) {
    ExtractiveComposer extractive = new ExtractiveComposer(archive);
    Optional<LlmConfig> config = LlmConfig.fromEnv(env);
    if (config.isEmpty()) {
      return extractive;
    }
    return new LlmComposer(ChatModels.of(config.get()), Prompts.load(env), extractive);
  }
}
