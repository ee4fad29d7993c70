package org.baoku.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 👍/👎 votes, one JSON object per line, appended to {@code feedback.jsonl} and never rewritten.
 * Each line goes out in one locked write and is forced to disk, so concurrent votes (threads or a
 * second process) never interleave, and a vote acknowledged to the reader survives a crash. A line
 * torn by a crash before this run is fenced off with a newline and skipped when counting.
 */
final class FeedbackLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final AtomicInteger up = new AtomicInteger();
  private final AtomicInteger down = new AtomicInteger();

  FeedbackLog(Path file) {
    this.file = file;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (Files.exists(file)) {
        byte[] all = Files.readAllBytes(file);
        if (all.length > 0 && all[all.length - 1] != '\n') {
          append("\n");
        }
        count(new String(all, StandardCharsets.UTF_8).split("\n"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open feedback log " + file, e);
    }
  }

  private void count(String[] lines) {
    for (String line : lines) {
      try {
        JsonNode vote = JSON.readTree(line).path("vote");
        if (vote.asText().equals("up")) {
          up.incrementAndGet();
        } else if (vote.asText().equals("down")) {
          down.incrementAndGet();
        }
      } catch (IOException | RuntimeException torn) {
        // a line cut short by a crash counts as no vote
      }
    }
  }

  /** Appends one vote; returns after it is on disk. */
  void record(long chatId, long userId, String answerKey, boolean isUp, String question,
      boolean grounded, List<String> passageIds) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("time", Instant.now().toString());
    o.put("chat", chatId);
    o.put("user", userId);
    o.put("answer", answerKey);
    o.put("vote", isUp ? "up" : "down");
    o.put("question", question);
    o.put("grounded", grounded);
    passageIds.forEach(o.putArray("passages")::add);
    append(JSON.writeValueAsString(o) + "\n");
    (isUp ? up : down).incrementAndGet();
  }

  int ups() {
    return up.get();
  }

  int downs() {
    return down.get();
  }

  private synchronized void append(String line) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock = ch.lock()) {
      ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(false);
    }
  }
}
