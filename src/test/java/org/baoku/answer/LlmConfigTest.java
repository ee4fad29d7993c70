package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmConfigTest {

  @Test
  void nothingConfiguredMeansNoLlm() {
    assertTrue(LlmConfig.fromEnv(Map.of()).isEmpty());
    assertTrue(LlmConfig.fromEnv(Map.of("BAOKU_MODEL", "qwen", "BAOKU_LLM_TIMEOUT", "5")).isEmpty());
  }

  @Test
  void openAiCompatibleEndpoint() {
    LlmConfig c = LlmConfig.fromEnv(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1",
        "OPENAI_API_KEY", "sk-abc", "BAOKU_MODEL", "deepseek-chat")).orElseThrow();
    assertEquals(LlmConfig.Provider.OPENAI, c.provider());
    assertEquals("deepseek-chat", c.model());
    assertEquals(LlmConfig.DEFAULT_TIMEOUT_SECONDS, c.timeout().toSeconds());
  }

  @Test
  void keyAloneMeansOpenAiWithItsDefaults() {
    LlmConfig c = LlmConfig.fromEnv(Map.of("OPENAI_API_KEY", "sk-abc")).orElseThrow();
    assertEquals(LlmConfig.OPENAI_URL, c.baseUrl());
    assertEquals(LlmConfig.OPENAI_DEFAULT_MODEL, c.model());
  }

  @Test
  void ollamaWinsAndNeedsAModel() {
    LlmConfig c = LlmConfig.fromEnv(Map.of("OLLAMA_BASE_URL", "http://localhost:11434",
        "OPENAI_API_KEY", "sk-abc", "BAOKU_MODEL", "qwen2.5:7b", "BAOKU_LLM_TIMEOUT", "45")).orElseThrow();
    assertEquals(LlmConfig.Provider.OLLAMA, c.provider());
    assertEquals(45, c.timeout().toSeconds());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LlmConfig.fromEnv(Map.of("OLLAMA_BASE_URL", "http://localhost:11434")));
    assertTrue(e.getMessage().contains("BAOKU_MODEL"));
  }

  @Test
  void badValuesGetAOneLineMessageNamingTheVariable() {
    for (String bad : new String[] {"abc", "0", "-3", "1.5", "100000"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmConfig.fromEnv(
          Map.of("OPENAI_API_KEY", "sk-abc", "BAOKU_LLM_TIMEOUT", bad)));
      assertTrue(e.getMessage().startsWith("BAOKU_LLM_TIMEOUT"), e.getMessage());
      assertTrue(e.getMessage().contains("'" + bad + "'"));
      assertFalse(e.getMessage().contains("\n"));
    }
    IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
        () -> LlmConfig.fromEnv(Map.of("OPENAI_BASE_URL", "localhost:8000", "BAOKU_MODEL", "m")));
    assertTrue(url.getMessage().startsWith("OPENAI_BASE_URL"));
  }

  @Test
  void theKeyNeverAppearsInToString() {
    LlmConfig c = LlmConfig.fromEnv(Map.of("OPENAI_API_KEY", "sk-very-secret-key")).orElseThrow();
    assertFalse(c.toString().contains("sk-very-secret-key"), c.toString());
    assertTrue(c.toString().contains("****"));
  }
}
