package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.AugmentationRequest;
import dev.langchain4j.rag.DefaultRetrievalAugmentor;
import dev.langchain4j.rag.RetrievalAugmentor;
import dev.langchain4j.rag.content.Content;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generative answers through LangChain4j: the top passages go into the prompt labelled
 * {@code [1]…[n]} (a {@link DefaultRetrievalAugmentor} whose content retriever serves the given hits
 * and whose injector fills {@code prompts/answer.txt}), the model writes a short cited answer, and
 * {@link CitationVerifier} checks every citation against the passages.
 *
 * <p>The reader always gets an answer: when the model fails, times out, returns nothing usable, or
 * none of its sentences is supported, the extractive answer is given instead with a note saying so.
 * The model is not called for a blank question or when nothing was retrieved.
 */
public final class LlmComposer implements Composer {

  public static final String NAME = "llm";

  /** Passages shown to the model. */
  static final int PASSAGES = 6;

  static final String NOTE_FAILED = "生成式回答不可用（%s），以下为资料原文摘录。(LLM unavailable; extractive answer shown.)";
  static final String NOTE_UNGROUNDED =
      "生成式回答没有资料支持，以下为资料原文摘录。(The LLM answer was not supported by the passages; extractive answer shown.)";
  static final String NOTE_DROPPED = "已删去 %d 句没有资料支持的内容。(%d unsupported sentence(s) removed.)";

  private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);

  private final ChatModel model;
  private final Prompts prompts;
  private final ExtractiveComposer fallback;
  private final CitationVerifier verifier;

  /**
   * @param fallback answers when the model cannot; its embedding cache is shared with the verifier
   */
  public LlmComposer(ChatModel model, Prompts prompts, ExtractiveComposer fallback) {
    this.model = Objects.requireNonNull(model, "model");
    this.prompts = Objects.requireNonNull(prompts, "prompts");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.verifier = new CitationVerifier(fallback.evidence().embeddings());
  }

  @Override
  public Answer compose(String question, List<Hit> hits) {
    List<Hit> safeHits = hits == null ? List.of() : hits;
    Question q = Question.read(question);
    if (q.isBlank() || safeHits.isEmpty()) {
      return fallback.compose(question, safeHits);
    }
    List<Passage> shown = new ArrayList<>();
    for (Hit h : safeHits.subList(0, Math.min(PASSAGES, safeHits.size()))) {
      shown.add(h.passage());
    }
    String generated;
    try {
      generated = generate(q.text(), shown);
    } catch (RuntimeException e) {
      LOG.warn("LLM call failed: {}", e.getClass().getSimpleName());
      return withNote(fallback.compose(question, safeHits), String.format(NOTE_FAILED, reason(e)));
    }
    if (generated == null || generated.isBlank()) {
      return withNote(fallback.compose(question, safeHits), String.format(NOTE_FAILED, "空回复 empty reply"));
    }
    CitationVerifier.Verified v = verifier.verify(q, generated, shown);
    if (v == null) {
      return withNote(fallback.compose(question, safeHits), NOTE_UNGROUNDED);
    }
    int dropped = v.claims() - v.kept();
    String note = dropped == 0 ? "" : String.format(NOTE_DROPPED, dropped, dropped);
    return new Answer(v.text(), v.citations(), true, NAME, note, safeHits);
  }

  private String generate(String question, List<Passage> shown) {
    List<Content> contents = new ArrayList<>();
    for (Passage p : shown) {
      Metadata m = new Metadata().put(PassageInjector.PAGE, p.page());
      if (!p.headline().isBlank()) {
        m.put(PassageInjector.HEADLINE, p.headline());
      }
      if (!p.imprint().knowsNothing()) {
        m.put(PassageInjector.IMPRINT, p.imprint().label());
      }
      contents.add(Content.from(TextSegment.from(p.text(), m)));
    }
    RetrievalAugmentor augmentor = DefaultRetrievalAugmentor.builder()
        .contentRetriever(query -> contents)
        .contentInjector(new PassageInjector(PromptTemplate.from(prompts.answer())))
        .build();
    UserMessage asked = UserMessage.from(question);
    ChatMessage prompt = augmentor.augment(new AugmentationRequest(asked,
        dev.langchain4j.rag.query.Metadata.from(asked, "baoku", List.of()))).chatMessage();
    ChatResponse response = model.chat(ChatRequest.builder()
        .messages(SystemMessage.from(prompts.system()), prompt)
        .build());
    return response == null || response.aiMessage() == null ? null : response.aiMessage().text();
  }

  private static Answer withNote(Answer a, String note) {
    String joined = a.note().isEmpty() ? note : note + " " + a.note();
    return new Answer(a.text(), a.citations(), a.grounded(), a.composer(), joined, a.hits());
  }

  /** A short, secret-free reason for the note: the exception's kind, never its message. */
  private static String reason(RuntimeException e) {
    String name = e.getClass().getSimpleName();
    if (name.contains("Timeout") || e.getCause() != null
        && e.getCause().getClass().getSimpleName().contains("Timeout")) {
      return "超时 timeout";
    }
    return "出错 " + name;
  }
}
