package org.baoku.chat;

/**
 * The one conversation logic behind every transport: a typed command in, a structured reply out.
 * Commands and follow-up questions are understood here; the console and Telegram parse what the
 * reader typed with {@link Command#parse} and render the {@link Reply}, and stay thin adapters.
 */
public interface ChatHandler {

  /**
   * Handles one command of the conversation {@code conversationId}. Each id has its own memory.
   * Never throws for any command.
   */
  Reply handle(String conversationId, Command command);
}
