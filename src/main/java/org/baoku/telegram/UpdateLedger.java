package org.baoku.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.TreeSet;

/**
 * Which updates are handled, persisted so that after a restart no update is answered twice and
 * none is skipped. Updates are handled concurrently (one queue per chat), so "the last handled
 * update_id" is not one number: the ledger keeps a watermark (every update up to it is done) plus
 * the few done updates above it. A restart polls from watermark + 1 and skips those few. The file
 * is replaced atomically after every handled update, so a crash leaves the old or the new state,
 * never a torn one. Webhook redeliveries are filtered the same way.
 */
final class UpdateLedger {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final TreeSet<Integer> inFlight = new TreeSet<>();
  private final TreeSet<Integer> doneAbove = new TreeSet<>();
  private int watermark;

  UpdateLedger(Path file) {
    this.file = file;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        JsonNode state = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        watermark = state.path("last").asInt(0);
        state.path("done").forEach(n -> doneAbove.add(n.asInt()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read update ledger " + file
          + " (delete it to start from Telegram's oldest pending update)", e);
    }
  }

  /** The getUpdates offset to resume from, or null before the first handled update. */
  synchronized Integer resumeOffset() {
    return watermark > 0 ? watermark + 1 : null;
  }

  /** Claims an update for handling; false when it was already handled or is being handled. */
  synchronized boolean begin(int updateId) {
    if (updateId <= watermark || doneAbove.contains(updateId) || inFlight.contains(updateId)) {
      return false;
    }
    inFlight.add(updateId);
    return true;
  }

  /** Marks a claimed update handled and persists the new state. */
  synchronized void finish(int updateId) {
    inFlight.remove(updateId);
    doneAbove.add(updateId);
    int reachable = inFlight.isEmpty() ? doneAbove.last() : inFlight.first() - 1;
    watermark = Math.max(watermark, reachable);
    doneAbove.headSet(watermark, true).clear();
    persist();
  }

  private void persist() {
    ObjectNode state = JSON.createObjectNode();
    state.put("last", watermark);
    doneAbove.forEach(state.putArray("done")::add);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, JSON.writeValueAsString(state), StandardCharsets.UTF_8);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write update ledger " + file, e);
    }
  }
}
