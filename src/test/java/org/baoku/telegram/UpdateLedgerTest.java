package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateLedgerTest {

  @TempDir Path dir;

  @Test
  void outOfOrderCompletionResumesAtTheFirstUnfinishedUpdate() {
    Path file = dir.resolve("offset.json");
    UpdateLedger ledger = new UpdateLedger(file);
    assertNull(ledger.resumeOffset(), "first run: Telegram's oldest pending update");
    for (int id = 10; id <= 13; id++) {
      assertTrue(ledger.begin(id));
    }
    assertFalse(ledger.begin(11), "in flight");
    ledger.finish(10);
    ledger.finish(12);
    ledger.finish(13);
    assertEquals(11, new UpdateLedger(file).resumeOffset(), "11 was still running at the crash");
    UpdateLedger restarted = new UpdateLedger(file);
    assertTrue(restarted.begin(11), "11 is redone");
    assertFalse(restarted.begin(12), "12 is not answered twice");
    assertFalse(restarted.begin(10));
    restarted.finish(11);
    assertTrue(restarted.begin(14));
    restarted.finish(14);
    assertEquals(15, new UpdateLedger(file).resumeOffset());
  }
}
