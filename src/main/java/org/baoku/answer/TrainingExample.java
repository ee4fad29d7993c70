package org.baoku.answer;

import java.util.List;
import java.util.function.Predicate;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * A question {@link EvidenceTrainer} fits on, with what its answer must hold. A value of its own,
 * so that {@link TrainingQuestions}, which labels its candidates, need not reach back into the
 * trainer.
 *
 * @param set where it comes from ({@code cmrc}, {@code seed} …), for the report
 * @param composer the composer over the archive the hits come from (its sentence vectors)
 * @param holdsAnswer whether a text contains a gold answer (the scoring rules' normalisation)
 * @param evidence whether a passage holds the question's evidence; false for a near miss
 * @param withoutAnswer a near miss made by leaving out every sentence that holds the answer:
 *     the article is there, the fact is not
 */
public record TrainingExample(String set, ExtractiveComposer composer, String question, List<Hit> hits,
    boolean answerable, Predicate<String> holdsAnswer, Predicate<Passage> evidence, boolean withoutAnswer) {}
