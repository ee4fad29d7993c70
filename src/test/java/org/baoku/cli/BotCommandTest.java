package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BotCommandTest {

  /** Runs {@code baoku args} and returns the exit code and stderr. */
  private record Run(int code, String err) {}

  private static Run run(String... args) {
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Run(Main.run(args), err.toString(StandardCharsets.UTF_8).strip());
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void withoutATokenTheBotSaysWhatToSetInOneLine() {
    assumeTrue(System.getenv("TELEGRAM_BOT_TOKEN") == null, "a token is set in this environment");
    Run r = run("bot");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("TELEGRAM_BOT_TOKEN") && r.err().contains("@BotFather"), r.err());
  }

  @Test
  void aWebhookMustBeHttps() {
    Run r = run("bot", "--webhook", "http://insecure.example.org/hook");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("https"), r.err());
  }
}
