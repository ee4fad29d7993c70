package org.baoku.chat;

/**
 * The one conversation logic behind every transport: text in, a reply out. Commands
 * ({@code /source N}, {@code /quote TEXT}, {@code /search …}, {@code /reset}, {@code /help}) and
 * follow-up questions are understood here, so the console and Telegram stay thin adapters.
 */
public interface ChatHandler {

  /**
   * Handles one message of the conversation {@code conversationId}. Each id has its own memory.
   * Never throws for any text.
   */
  Reply handle(String conversationId, String text);
}
