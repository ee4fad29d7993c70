package org.baoku.cli;

import java.util.Map;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.chat.Conversations;
import org.baoku.retrieve.Archive;

/** Puts the pipeline together by hand, from an open archive and the environment. */
final class Wiring {

  private Wiring() {}

  /** The conversation handler every front end uses. */
  static Conversations conversations(Archive archive, Map<String, String> env) {
    return Conversations.builder()
        .archive(archive)
        .composer(new ExtractiveComposer(archive))
        .build();
  }
}
