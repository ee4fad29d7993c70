package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BotSettingsTest {

  @Test
  void defaultsNeedOnlyTheToken() {
    BotSettings s = BotSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123:abc"));
    assertEquals("https", s.apiUrl().getSchema());
    assertEquals("api.telegram.org", s.apiUrl().getHost());
    assertEquals(443, s.apiUrl().getPort());
    assertEquals(10, s.questionsPerMinute());
    assertTrue(s.allowedChats().isEmpty());
  }

  @Test
  void aLocalBotApiServerAndListsAreRead() {
    BotSettings s = BotSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123:abc",
        "TELEGRAM_API_URL", "http://127.0.0.1:8081", "BAOKU_ALLOWED_CHATS", "-100123, 42", "BAOKU_ADMINS", "7",
        "BAOKU_RATE_LIMIT", "3"));
    assertEquals("http://127.0.0.1:8081", s.apiBase());
    assertEquals(Set.of(-100123L, 42L), s.allowedChats());
    assertEquals(Set.of(7L), s.admins());
    assertEquals(3, s.questionsPerMinute());
  }

  @Test
  void mistakesGetOneLineThatSaysWhatToDo() {
    assertMessage(Map.of(), "TELEGRAM_BOT_TOKEN is not set");
    assertMessage(Map.of("TELEGRAM_BOT_TOKEN", "oops"), "does not look like a bot token");
    assertMessage(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "TELEGRAM_API_URL", "ftp://x"), "TELEGRAM_API_URL must look like");
    assertMessage(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "TELEGRAM_API_URL", "http://h/api"), "without a path");
    assertMessage(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "BAOKU_RATE_LIMIT", "0"), "BAOKU_RATE_LIMIT");
    assertMessage(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "BAOKU_ADMINS", "alice"), "numeric ids");
    assertMessage(Map.of("TELEGRAM_BOT_TOKEN", "1:a", "BAOKU_WEBHOOK_SECRET", "has space"), "BAOKU_WEBHOOK_SECRET");
  }

  @Test
  void theTokenIsNeverInTheTextForm() {
    BotSettings s = BotSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123456:SECRET-token_x"));
    assertFalse(s.toString().contains("SECRET"));
    assertFalse(s.apiBase().contains("SECRET"));
  }

  private static void assertMessage(Map<String, String> env, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BotSettings.fromEnvironment(env));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }
}
