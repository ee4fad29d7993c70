package org.baoku.telegram;

import java.util.ArrayList;
import java.util.List;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Command;
import org.baoku.chat.Reply;

/** The real handler, recording what the bot passed it, so tests can assert who was (not) asked. */
final class RecordingHandler implements ChatHandler {

  private final ChatHandler delegate;
  private final List<String> seen = new ArrayList<>();

  RecordingHandler(ChatHandler delegate) {
    this.delegate = delegate;
  }

  @Override
  public Reply handle(String conversationId, Command command) {
    synchronized (this) {
      seen.add(conversationId + "|" + (command instanceof Command.Ask a ? a.question() : command.toString()));
    }
    return delegate.handle(conversationId, command);
  }

  /** {@code conversationId|question} for every question, {@code conversationId|Command[…]} for the rest, in order. */
  synchronized List<String> seen() {
    return List.copyOf(seen);
  }
}
