package org.baoku.chat;

import java.util.List;

/**
 * Turns a follow-up ({@code 他们具体做了哪些工作？}, {@code 那朝阳区呢？}) into a standalone question,
 * using the earlier turns of the same conversation, so retrieval sees what the reader means.
 */
public interface Condenser {

  /** One earlier exchange: the standalone question asked and the answer text given. */
  record Turn(String question, String answer) {}

  /**
   * Returns {@code question} itself when it already stands alone or there is no history; never
   * null, never throws.
   *
   * @param history earlier turns, oldest first
   */
  String standalone(List<Turn> history, String question);
}
