package org.baoku.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fitted logistic model that says how likely a candidate sentence is to hold the answer, and
 * the refusal threshold chosen with it. Fitted by {@code baoku train} ({@link EvidenceTrainer}) on
 * CMRC 2018 dev and the seed dev sets with cross-validation; the weights, the threshold and the
 * report that chose them ship in {@code evidence-model.json}.
 *
 * @param sentence the sentence model: the probability that a candidate holds the answer
 * @param answer the refusal model: the probability that the question is answered at all, read
 *     from {@link EvidenceFeatures#question}
 * @param threshold below this answer probability the reply to an open question says the archive
 *     does not have it
 * @param thresholdTyped the same for a question asking a number, name, place or date
 * @param addRatio an open question (list, reason, other) takes further sentences whose
 *     probability is at least this share of the best one's
 * @param addRatioTyped the same for a question that asks for a number, name, place or date
 */
record EvidenceModel(Logistic sentence, Logistic answer, double threshold, double thresholdTyped, double addRatio,
    double addRatioTyped) {

  /** A logistic model over named features. */
  record Logistic(List<String> names, double[] weights, double bias) {
    Logistic {
      names = List.copyOf(names);
      weights = weights.clone();
      if (weights.length != names.size()) {
        throw new IllegalArgumentException(names.size() + " features but " + weights.length + " weights");
      }
    }

    double probability(double[] features) {
      double z = bias;
      for (int i = 0; i < weights.length; i++) {
        z += weights[i] * features[i];
      }
      return 1 / (1 + Math.exp(-z));
    }

    static Logistic read(JsonNode json) {
      List<String> names = new ArrayList<>();
      json.path("features").forEach(n -> names.add(n.asText()));
      double[] w = new double[json.path("weights").size()];
      for (int i = 0; i < w.length; i++) {
        w[i] = json.path("weights").get(i).asDouble();
      }
      return new Logistic(names, w, json.path("bias").asDouble());
    }

    ObjectNode toJson() {
      ObjectNode o = JSON.createObjectNode();
      names.forEach(o.putArray("features")::add);
      for (double x : weights) {
        o.withArray("weights").add(round(x));
      }
      return o.put("bias", round(bias));
    }
  }

  static final String RESOURCE = "evidence-model.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  EvidenceModel {
    if (!sentence.names().equals(EvidenceFeatures.NAMES) || !answer.names().equals(EvidenceFeatures.QUESTION_NAMES)) {
      throw new IllegalArgumentException("the evidence model was fitted on other features; run baoku train to fit it again");
    }
  }

  /** The model shipped with baoku. */
  static EvidenceModel bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final EvidenceModel BUNDLED = load();
  }

  private static EvidenceModel load() {
    try (InputStream in = EvidenceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("evidence-model.json is missing from the build; run baoku train");
      }
      return read(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read evidence-model.json", e);
    }
  }

  static EvidenceModel read(JsonNode json) {
    return new EvidenceModel(Logistic.read(json.path("sentence")), Logistic.read(json.path("answer")),
        json.path("threshold").asDouble(), json.path("threshold_typed").asDouble(), json.path("add_ratio").asDouble(),
        json.path("add_ratio_typed").asDouble());
  }

  /** The model as JSON, with the fitting report beside it. */
  ObjectNode toJson(JsonNode report) {
    ObjectNode o = JSON.createObjectNode();
    o.set("sentence", sentence.toJson());
    o.set("answer", answer.toJson());
    o.put("threshold", round(threshold)).put("threshold_typed", round(thresholdTyped)).put("add_ratio", addRatio)
        .put("add_ratio_typed", addRatioTyped);
    o.set("report", report);
    return o;
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }

  /** Probability that the sentence with these features holds the answer. */
  double probability(double[] features) {
    return sentence.probability(features);
  }

  /** Probability that the question is answered by its best candidate. */
  double answered(List<double[]> features, double[] probability) {
    return answer.probability(EvidenceFeatures.question(features, probability));
  }
}
