package org.baoku.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoku.answer.Answer;
import org.baoku.answer.Composer;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Command;
import org.baoku.chat.Reply;
import org.baoku.retrieve.Hit;

/**
 * Runs a QA set in the seed format. Through the {@link ChatHandler}, as a reader would ask: each
 * item opens its own conversation (id = the item's id) and a follow-up is asked in the
 * conversation of the item it follows, so it is condensed with that context; retrieval is scored on
 * the hits the answer was built from. Baselines get the bare question (no conversation), so
 * follow-ups are left out of their figures, as the set's README says.
 */
public final class QaEvaluation {

  /** Hits asked of a baseline: recall@10 and MRR@10 need ten. */
  static final int K = 10;

  private final Dump dump;

  public QaEvaluation(Dump dump) {
    this.dump = Objects.requireNonNull(dump, "dump");
  }

  /** Asks every item of {@code set} through {@code chat}, in file order. */
  public List<QaOutcome> ask(QaSet set, ChatHandler chat) {
    Map<String, String> conversationOf = new HashMap<>();
    List<QaOutcome> out = new ArrayList<>();
    for (QaItem item : set.items()) {
      String conversation = item.follows() == null ? item.id() : conversationOf.get(item.follows());
      conversationOf.put(item.id(), conversation);
      long t0 = System.nanoTime();
      Reply reply = chat.handle(conversation, Command.parse(item.question()));
      long nanos = System.nanoTime() - t0;
      Answer a = reply.answer();
      // A reply without an answer (a message) is scored as a refusal with its text.
      QaOutcome o = a == null
          ? new QaOutcome(item, reply.text(), false, reply.citations(), reply.hits(), nanos)
          : new QaOutcome(item, a.text(), a.grounded(), a.citations(), a.hits(), nanos);
      record("baoku", conversation, o);
      out.add(o);
    }
    return out;
  }

  /**
   * Asks every item that is not a follow-up of {@code contender}'s retriever and answers with
   * {@code composer} from its hits (the same composer as ours, so the answer figures show what the
   * retrieval alone changes).
   */
  public List<QaOutcome> askBare(QaSet set, Contender contender, Composer composer) {
    List<QaOutcome> out = new ArrayList<>();
    for (QaItem item : set.items()) {
      if (item.follows() != null) {
        continue;
      }
      long t0 = System.nanoTime();
      List<Hit> hits = contender.retriever().retrieve(item.question(), K);
      Answer a = composer.compose(item.question(), hits);
      // Timed like our row (the chat handler retrieves and composes), so the latencies compare.
      long nanos = System.nanoTime() - t0;
      QaOutcome o = new QaOutcome(item, a.text(), a.grounded(), a.citations(), hits, nanos);
      record(contender.name(), item.id(), o);
      out.add(o);
    }
    return out;
  }

  private void record(String system, String conversation, QaOutcome o) {
    QaItem item = o.item();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("system", system);
    fields.put("id", item.id());
    fields.put("type", item.type());
    fields.put("conversation", conversation);
    fields.put("question", item.question());
    fields.put("gold", item.answers());
    fields.put("rank", item.answerable()
        ? Metrics.firstRelevantRank(o.hits(), p -> Metrics.supports(p, item.evidence())) : null);
    fields.put("containment", item.answerable()
        ? Metrics.containment(o.text(), item.answers(), item.isList()) : null);
    fields.put("grounded", o.grounded());
    fields.put("ms", o.nanos() / 1e6);
    dump.write(fields, o.text(), o.citations(), o.hits());
  }
}
