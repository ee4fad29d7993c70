package org.baoku.telegram;

import org.baoku.retrieve.Archive;

/**
 * Rebuilds the archive's index while the bot keeps serving ({@code /reindex}); queries run on the
 * old index until the new one is switched in. In production this is {@code Archive.rebuild()}.
 */
@FunctionalInterface
public interface Reindexer {

  /** Rebuilds and switches; returns the new index's stats. */
  Archive.Stats rebuild() throws Exception;
}
