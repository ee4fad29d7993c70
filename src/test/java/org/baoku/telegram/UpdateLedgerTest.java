package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateLedgerTest {

  private static final long BOT = 999;

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("offset.json");
  }

  private List<String> setAside() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("offset.json.untrusted-")).toList();
    }
  }

  @Test
  void aRestartSkipsWhatWasAnsweredAndRedoesWhatWasNot() {
    UpdateLedger ledger = UpdateLedger.open(file(), BOT);
    for (int id = 10; id <= 13; id++) {
      assertTrue(ledger.begin(id));
    }
    assertFalse(ledger.begin(11), "in flight");
    assertEquals(Optional.of(10), ledger.lowestInFlight());
    ledger.finish(10);
    ledger.finish(12);
    ledger.finish(13);
    assertEquals(Optional.of(11), ledger.lowestInFlight());
    UpdateLedger restarted = UpdateLedger.open(file(), BOT);
    restarted.arrived(10);
    assertTrue(restarted.begin(11), "11 was still running at the crash: redone");
    assertFalse(restarted.begin(12), "12 is not answered twice");
    assertFalse(restarted.begin(10));
  }

  @Test
  void confirmedUpdatesAreForgottenBecauseTelegramNeverSendsThemAgain() throws IOException {
    UpdateLedger ledger = UpdateLedger.open(file(), BOT);
    for (int id = 20; id <= 22; id++) {
      ledger.begin(id);
      ledger.finish(id);
    }
    ledger.confirmed(22);
    String state = Files.readString(file(), StandardCharsets.UTF_8);
    assertTrue(state.contains("\"done\":[22]"), state);
    assertTrue(state.contains("\"confirmed\":22") && state.contains("\"bot\":999"), state);
  }

  @Test
  void idsBelowTheConfirmedOffsetMeanANewNumberingAndAreAnswered() {
    UpdateLedger ledger = UpdateLedger.open(file(), BOT);
    ledger.confirmed(1_000);
    for (int id = 1_000; id < 1_005; id++) {
      ledger.begin(id);
      ledger.finish(id);
    }
    UpdateLedger afterReset = UpdateLedger.open(file(), BOT);
    afterReset.arrived(1);
    for (int id = 1; id < 5; id++) {
      assertTrue(afterReset.begin(id));
      afterReset.finish(id);
    }
    assertTrue(afterReset.begin(1_002), "the old numbering's ids are no longer remembered either");
  }

  @Test
  void aLedgerOfAnotherBotIsSetAsideNotObeyed() throws IOException {
    Files.writeString(file(), "{\"bot\":12345,\"confirmed\":500,\"done\":[500,501,502]}");
    UpdateLedger ledger = UpdateLedger.open(file(), BOT);
    ledger.arrived(500);
    assertTrue(ledger.begin(501));
    assertEquals(1, setAside().size());
    assertFalse(Files.exists(file()), "nothing is written until an update is answered");
  }

  @Test
  void outOfRangeValuesAreSetAside() throws IOException {
    for (String bad : List.of("{\"last\":2147483647}", "{\"done\":[1e30]}", "{\"done\":[\"7\"]}",
        "{\"confirmed\":-4}", "{\"done\":7}", "[1,2]", "{\"bot\":\"me\"}", "{\"last\":", "")) {
      Files.writeString(file(), bad);
      UpdateLedger ledger = UpdateLedger.open(file(), BOT);
      assertTrue(ledger.begin(7), bad);
      assertFalse(Files.exists(file()), bad);
    }
    assertFalse(setAside().isEmpty());
  }

  @Test
  void aLedgerFromBeforeTheBotIdIsReadAsTheOldWatermark() throws IOException {
    Files.writeString(file(), "{\"last\":41,\"done\":[43]}");
    UpdateLedger ledger = UpdateLedger.open(file(), BOT);
    ledger.arrived(42);
    assertTrue(ledger.begin(42));
    assertFalse(ledger.begin(43), "answered before the upgrade");
    assertTrue(setAside().isEmpty());
  }

  @Test
  void aLedgerOlderThanADayRemembersNothing() throws IOException {
    long twoDaysAgo = System.currentTimeMillis() - 48L * 3600 * 1000;
    Files.writeString(file(), "{\"bot\":999,\"confirmed\":70,\"done\":[70,71],\"saved\":" + twoDaysAgo + "}");
    UpdateLedger ledger = UpdateLedger.open(file(), BOT);
    assertTrue(ledger.begin(71));
  }
}
