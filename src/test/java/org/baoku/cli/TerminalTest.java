package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.baoku.cli.PlainText.Emphasis;
import org.junit.jupiter.api.Test;

/** Bold only on a terminal that shows it, and never when the user asked for no colour. */
class TerminalTest {

  @Test
  void aTerminalGetsBold() {
    assertEquals(Emphasis.BOLD, Terminal.emphasis(true, Map.of("TERM", "xterm-256color")));
    assertEquals(Emphasis.BOLD, Terminal.emphasis(true, Map.of()));
    assertEquals(Emphasis.BOLD, Terminal.emphasis(true, Map.of("NO_COLOR", "")), "an empty NO_COLOR is unset");
  }

  @Test
  void aPipeADumbTerminalAndNoColorGetPlainText() {
    assertEquals(Emphasis.NONE, Terminal.emphasis(false, Map.of("TERM", "xterm")));
    assertEquals(Emphasis.NONE, Terminal.emphasis(true, Map.of("TERM", "dumb")));
    assertEquals(Emphasis.NONE, Terminal.emphasis(true, Map.of("NO_COLOR", "1")));
  }

  @Test
  void askPrintedToAPipeHasNoEscapeCodes() {
    CliRun r = CliRun.onRealArchive("ask", "门头沟区总工会向大峪街道等拨付了多少防控专项资金？");
    assertEquals(0, r.exit(), r.err());
    assertEquals(-1, r.out().indexOf('\033'), r.out());
  }
}
