package org.baoku.chat;

import java.util.List;
import java.util.Objects;

/**
 * Turns a follow-up ({@code 他们具体做了哪些工作？}, {@code 那朝阳区呢？}) into a standalone question,
 * using the earlier turns of the same conversation, so retrieval sees what the reader means.
 */
public interface Condenser {

  /**
   * One earlier exchange: the standalone question asked, the answer text given and the headlines
   * of the reports it cited, which tell what {@code 这篇日记} can point back to.
   */
  record Turn(String question, String answer, List<String> headlines) {
    public Turn {
      headlines = List.copyOf(headlines);
    }

    /** An exchange whose cited reports are not known. */
    public Turn(String question, String answer) {
      this(question, answer, List.of());
    }
  }

  /**
   * A question as retrieval should see it.
   *
   * @param continues it goes on about what the previous answer said ({@code 他在那里担任什么职务？},
   *     {@code 有多少人参加？}), so the articles that answer cited are where to look first; false
   *     for a question that stands alone or turns to another subject ({@code 那朝阳区呢？})
   */
  record Standalone(String question, boolean continues) {
    public Standalone {
      Objects.requireNonNull(question, "question");
    }

    /** {@code question}, which goes on from no earlier answer. */
    public static Standalone alone(String question) {
      return new Standalone(question, false);
    }
  }

  /**
   * Returns {@code question} itself, {@link Standalone#alone alone}, when it already stands alone
   * or there is no history; never null, never throws.
   *
   * @param history earlier turns, oldest first
   */
  Standalone standalone(List<Turn> history, String question);
}
