package org.baoku.telegram;

import java.util.ArrayList;
import java.util.List;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Reply;

/** The real handler, recording what the bot passed it, so tests can assert who was (not) asked. */
final class RecordingHandler implements ChatHandler {

  private final ChatHandler delegate;
  private final List<String> seen = new ArrayList<>();

  RecordingHandler(ChatHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public Reply handle(String conversationId, String text) {
    synchronized (this) {
      seen.add(conversationId + "|" + text);
    }
    return delegate.handle(conversationId, text);
  }

  /** {@code conversationId|text} for every call, in order. */
  synchronized List<String> seen() {
    return List.copyOf(seen);
  }
}
