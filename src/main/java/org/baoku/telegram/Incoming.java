package org.baoku.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update as it came from Telegram, read on its own: its id when it has a usable one, and
 * either the parsed {@link Update} or why the bot cannot use it. Reading updates one by one is
 * what keeps a single malformed update (an inline query without {@code from}, {@code entities}
 * that is not a list, a message without a chat) from failing the batch it came in, which would
 * be fetched again forever. {@link #kinds()} names the update's fields for a log line; the text
 * of an update is never logged.
 *
 * @param id the update_id, empty when missing or not a number
 * @param kinds the update's field names other than update_id, e.g. {@code message}
 * @param update the parsed update, empty when {@code problem} says why not
 * @param problem why the update cannot be used; empty when it can
 */
record Incoming(Optional<Integer> id, String kinds, Optional<Update> update, String problem) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Reads one element of getUpdates' result (or one webhook body); never throws. */
  static Incoming read(JsonNode node) {
    Optional<Integer> id = id(node.path("update_id"));
    String kinds = kinds(node);
    if (id.isEmpty()) {
      return new Incoming(id, kinds, Optional.empty(), "no numeric update_id");
    }
    Update u;
    try {
      u = JSON.treeToValue(node, Update.class);
    } catch (Exception e) {
      return new Incoming(id, kinds, Optional.empty(), "does not parse as a Bot API update");
    }
    String missing = missing(u);
    return missing.isEmpty()
        ? new Incoming(id, kinds, Optional.of(u), "")
        : new Incoming(id, kinds, Optional.empty(), missing);
  }

  /** Telegram's ids are 32-bit positive integers; a numeric string is read as one. */
  private static Optional<Integer> id(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0) {
      return Optional.of(value.asInt());
    }
    if (value.isTextual() && value.asText().matches("\\d{1,10}")) {
      long n = Long.parseLong(value.asText());
      return n <= Integer.MAX_VALUE ? Optional.of((int) n) : Optional.empty();
    }
    return Optional.empty();
  }

  private static String kinds(JsonNode node) {
    if (!node.isObject()) {
      return node.getNodeType().name().toLowerCase();
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(f -> {
      if (!f.equals("update_id")) {
        names.add(f);
      }
    });
    return names.isEmpty() ? "empty" : String.join("+", names);
  }

  /** What a handled kind of update lacks for the bot to answer it, or "". */
  private static String missing(Update u) {
    if (u.hasMessage() && (u.getMessage().getChat() == null || u.getMessage().getChatId() == null)) {
      return "message without a chat";
    }
    if (u.hasEditedMessage() && (u.getEditedMessage().getChat() == null || u.getEditedMessage().getChatId() == null)) {
      return "edited message without a chat";
    }
    if (u.hasCallbackQuery() && (u.getCallbackQuery().getFrom() == null || u.getCallbackQuery().getId() == null)) {
      return "callback query without a sender or id";
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null
        && u.getCallbackQuery().getMessage().getChat() == null) {
      return "callback query on a message without a chat";
    }
    if (u.hasInlineQuery() && (u.getInlineQuery().getFrom() == null || u.getInlineQuery().getId() == null)) {
      return "inline query without a sender or id";
    }
    return "";
  }

  /** The line logged for an update that is skipped: kind and id, never its text. */
  String skipped() {
    return "update " + id.map(String::valueOf).orElse("without id") + " (" + kinds + ") skipped: " + problem;
  }
}
