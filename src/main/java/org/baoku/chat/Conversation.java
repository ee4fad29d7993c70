package org.baoku.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.baoku.answer.Answer;

/**
 * The memory of one chat: its last few turns and the last answer, for follow-ups and
 * {@code /source N}. Not thread-safe; {@link Conversations} locks it while handling a message.
 */
final class Conversation {

  private final int maxTurns;
  private final Deque<Condenser.Turn> turns = new ArrayDeque<>();
  private Answer lastAnswer;

  Conversation(int maxTurns) {
    this.maxTurns = maxTurns;
  }

  /** Earlier turns, oldest first. */
  List<Condenser.Turn> history() {
    return List.copyOf(turns);
  }

  void remember(String standaloneQuestion, Answer answer) {
    turns.addLast(new Condenser.Turn(standaloneQuestion, answer.text(),
        answer.citations().stream().map(c -> c.passage().headline()).toList()));
    while (turns.size() > maxTurns) {
      turns.removeFirst();
    }
    lastAnswer = answer;
  }

  Optional<Answer> lastAnswer() {
    return Optional.ofNullable(lastAnswer);
  }

  /**
   * The keys ({@link org.baoku.ingest.Passage#articleKey}) of the articles the last answer cited;
   * none before one.
   */
  Set<String> citedArticleKeys() {
    return lastAnswer == null ? Set.of() : lastAnswer.citations().stream()
        .map(c -> c.passage().articleKey()).collect(Collectors.toUnmodifiableSet());
  }

  void reset() {
    turns.clear();
    lastAnswer = null;
  }
}
