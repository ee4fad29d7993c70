package org.baoku.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which updates this bot has answered, so that an update Telegram delivers again (after a
 * restart, or a webhook redelivery) is not answered twice. It remembers; it never decides where
 * polling starts. Telegram owns that: a bot polls from its own offset and Telegram drops every
 * update below the offset it is polled with, while its ids are not monotonic for ever (after a
 * week without updates the next id is random; a new token or a new Bot API server starts
 * elsewhere). A watermark kept here and polled from would silently drop those updates.
 *
 * <p>What is kept ({@code offset.json}): the bot's id, the last offset Telegram was polled with
 * successfully ({@code confirmed}: everything below it Telegram itself considers done), and the
 * answered ids at or above it, which are the only ones Telegram can deliver again. An update that
 * arrives below {@code confirmed} proves the numbering restarted, and the remembered ids are
 * dropped. A file written more than {@link #UPDATE_LIFETIME} ago holds nothing Telegram still
 * keeps. A file of another bot, or with values out of range, is set aside (renamed) with one
 * line, and the bot starts from Telegram's own offset.
 *
 * <p>Each answered update rewrites the file and renames it into place, so a crash leaves the old
 * or the new state. There is no fsync: the data survives the process being killed (the kernel
 * holds it); a power cut may lose the last entries, which costs a repeated answer, never a lost
 * one.
 */
final class UpdateLedger {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateLedger.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /** Telegram keeps an unconfirmed update for at most 24 hours (Bot API, getUpdates). */
  static final Duration UPDATE_LIFETIME = Duration.ofHours(24);
  /**
   * Answered ids remembered when nothing prunes them (webhook mode: no offsets). A redelivery is
   * of an update from the last minutes; this is hours of a busy group.
   */
  static final int MAX_REMEMBERED = 2_000;

  private final Path file;
  private final long botId;
  private final TreeSet<Integer> inFlight = new TreeSet<>();
  private final LinkedHashSet<Integer> done = new LinkedHashSet<>();
  private Integer confirmed;

  private UpdateLedger(Path file, long botId) {
    this.file = file;
    this.botId = botId;
  }

  /**
   * The ledger of bot {@code botId} at {@code file}: what it remembers when the file is this
   * bot's and in range, else nothing (the file set aside). Fails only when the directory cannot
   * be written.
   */
  static UpdateLedger open(Path file, long botId) {
    UpdateLedger ledger = new UpdateLedger(file, botId);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.toAbsolutePath().getParent()
          + " for the update ledger (set BAOKU_DATA to a writable directory)", e);
    }
    if (!Files.exists(file)) {
      return ledger;
    }
    try {
      ledger.load(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (Untrusted e) {
      ledger.setAside(e.getMessage());
    } catch (IOException e) {
      ledger.setAside("not readable JSON");
    }
    return ledger;
  }

  private void load(JsonNode state) throws Untrusted {
    if (state == null || !state.isObject()) {
      throw new Untrusted("not a JSON object");
    }
    JsonNode bot = state.path("bot");
    if (!bot.isMissingNode() && !(bot.isIntegralNumber() && bot.canConvertToLong() && bot.asLong() > 0)) {
      throw new Untrusted("bot is not a bot id: " + bot);
    }
    if (bot.isIntegralNumber() && bot.asLong() != botId) {
      throw new Untrusted("it belongs to bot " + bot.asLong() + ", not to this bot (" + botId + ")");
    }
    JsonNode last = state.path("last");
    if (!last.isMissingNode()) {
      // written by baoku before 0.2: a watermark polled from as last + 1
      confirmed = updateId(last, "last", Integer.MAX_VALUE - 1) + 1;
    }
    if (!state.path("confirmed").isMissingNode()) {
      confirmed = updateId(state.path("confirmed"), "confirmed", Integer.MAX_VALUE);
    }
    JsonNode ids = state.path("done");
    if (!ids.isMissingNode() && !ids.isArray()) {
      throw new Untrusted("done is not a list");
    }
    List<Integer> remembered = new ArrayList<>();
    for (JsonNode id : ids) {
      remembered.add(updateId(id, "a done entry", Integer.MAX_VALUE));
    }
    JsonNode saved = state.path("saved");
    if (saved.isIntegralNumber() && Instant.ofEpochMilli(saved.asLong()).plus(UPDATE_LIFETIME).isBefore(Instant.now())) {
      LOG.info("update ledger {} is older than {} h: Telegram keeps no update that old, nothing to skip",
          file, UPDATE_LIFETIME.toHours());
      return;
    }
    remembered.forEach(this::remember);
  }

  private static int updateId(JsonNode value, String what, int max) throws Untrusted {
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > max) {
      throw new Untrusted(what + " is not an update id in 0.." + max + ": " + value);
    }
    return value.asInt();
  }

  private void setAside(String reason) {
    Path aside = file.resolveSibling(file.getFileName() + ".untrusted-" + STAMP.format(Instant.now()));
    try {
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      LOG.warn("update ledger {} set aside as {} ({}); resuming from Telegram's own offset", file, aside.getFileName(), reason);
    } catch (IOException e) {
      LOG.warn("update ledger {} ignored ({}) and will be overwritten; resuming from Telegram's own offset", file, reason);
    }
  }

  /** Claims an update for handling; false when it was already answered or is being handled. */
  synchronized boolean begin(int updateId) {
    if (done.contains(updateId) || inFlight.contains(updateId)) {
      return false;
    }
    inFlight.add(updateId);
    return true;
  }

  /** Marks a claimed update answered and persists the new state. */
  synchronized void finish(int updateId) {
    inFlight.remove(updateId);
    remember(updateId);
    persist();
    notifyAll();
  }

  /** The lowest update being handled now, if any. */
  synchronized Optional<Integer> lowestInFlight() {
    return inFlight.isEmpty() ? Optional.empty() : Optional.of(inFlight.first());
  }

  /**
   * Telegram answered a getUpdates with {@code offset}: it considers every update below it done,
   * so none of those can come again.
   */
  synchronized void confirmed(int offset) {
    if (confirmed != null && confirmed == offset) {
      return;
    }
    confirmed = offset;
    done.removeIf(id -> id < offset);
    persist();
  }

  /**
   * A batch arrived whose lowest id is {@code lowest}. Telegram never delivers an update below an
   * offset it confirmed, so one below means its numbering restarted: the ids remembered belong to
   * the old numbering and would only hide new updates.
   */
  synchronized void arrived(int lowest) {
    if (confirmed != null && lowest < confirmed) {
      LOG.info("update ids restarted below {} (a week without updates, or a new Bot API server);"
          + " the {} answered ids remembered no longer apply", confirmed, done.size());
      done.clear();
      confirmed = null;
      persist();
    }
  }

  /** Waits until an update is finished, or {@code millis} pass. */
  synchronized void awaitProgress(long millis) throws InterruptedException {
    wait(millis);
  }

  private void remember(int updateId) {
    done.add(updateId);
    if (done.size() > MAX_REMEMBERED) {
      Iterator<Integer> oldest = done.iterator();
      oldest.next();
      oldest.remove();
    }
  }

  private void persist() {
    ObjectNode state = JSON.createObjectNode();
    state.put("bot", botId);
    if (confirmed != null) {
      state.put("confirmed", confirmed);
    }
    done.forEach(state.putArray("done")::add);
    state.put("saved", System.currentTimeMillis());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, state.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.error("cannot write update ledger {} ({}); a restart may answer recent updates again", file, e.getMessage());
    }
  }

  /** A ledger file that cannot be trusted, with the reason. */
  private static final class Untrusted extends Exception {
    Untrusted(String reason) {
      super(reason, null, false, false);
    }
  }
}
