package org.baoku.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;

/**
 * Puts the retrieved passages into the user message through the {@code answer.txt} template,
 * labelled {@code [1]}, {@code [2]} … in the order given: the same markers the answer must use,
 * so the verifier can map them back.
 */
final class PassageInjector implements ContentInjector {

  /** Metadata keys a passage's text segment carries into the prompt. */
  static final String HEADLINE = "headline";
  static final String PAGE = "page";
  /** Paper, date and page number ({@link org.baoku.ingest.Imprint#label}), so the model can say when a report ran. */
  static final String IMPRINT = "imprint";

  private final PromptTemplate template;

  PassageInjector(PromptTemplate template) {
    this.template = template;
  }

  @Override
  public ChatMessage inject(List<Content> contents, ChatMessage chatMessage) {
    StringBuilder passages = new StringBuilder();
    for (int i = 0; i < contents.size(); i++) {
      var segment = contents.get(i).textSegment();
      String headline = segment.metadata().getString(HEADLINE);
      String page = segment.metadata().getString(PAGE);
      String imprint = segment.metadata().getString(IMPRINT);
      passages.append('[').append(i + 1).append("] ");
      if (headline != null && !headline.isBlank()) {
        passages.append('《').append(headline.strip()).append("》");
      }
      if (imprint != null) {
        passages.append("（").append(imprint).append("）");
      } else if (page != null) {
        passages.append("（").append(page).append("）");
      }
      passages.append('\n').append(segment.text().strip()).append("\n\n");
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put("passages", passages.toString().strip());
    vars.put("question", ((UserMessage) chatMessage).singleText());
    return template.apply(vars).toUserMessage();
  }
}
