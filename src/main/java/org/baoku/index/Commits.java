package org.baoku.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;

/**
 * Which Lucene commits of an index are kept and which is served. An update commits checkpoints as
 * it goes, so a crash loses at most the work since the last one; readers are only ever given the
 * newest <em>complete</em> commit (its {@link Manifest#complete}), so they see the index before the
 * update or after it, never half of it.
 */
final class Commits {

  private Commits() {}

  /** Keeps the newest commit (where an update goes on) and the newest complete one (what is served). */
  static IndexDeletionPolicy policy() {
    return new IndexDeletionPolicy() {
      @Override
      public void onInit(List<? extends IndexCommit> commits) {
        onCommit(commits);
      }

      @Override
      public void onCommit(List<? extends IndexCommit> commits) {
        if (commits.isEmpty()) {
          return;
        }
        IndexCommit served = null;
        for (IndexCommit c : commits) {
          if (complete(c)) {
            served = c;
          }
        }
        IndexCommit newest = commits.get(commits.size() - 1);
        for (IndexCommit c : commits) {
          if (c != newest && c != served) {
            c.delete();
          }
        }
      }
    };
  }

  /** The commit to serve: the newest complete one. */
  static Optional<IndexCommit> newestComplete(Directory d) throws IOException {
    IndexCommit served = null;
    for (IndexCommit c : list(d)) {
      if (complete(c)) {
        served = c;
      }
    }
    return Optional.ofNullable(served);
  }

  /** The commit an update goes on from: the newest, complete or not. */
  static Optional<IndexCommit> newest(Directory d) throws IOException {
    List<IndexCommit> all = list(d);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static List<IndexCommit> list(Directory d) throws IOException {
    try {
      return DirectoryReader.listCommits(d);
    } catch (IndexNotFoundException e) {
      return List.of();
    }
  }

  private static boolean complete(IndexCommit c) {
    Manifest m;
    try {
      m = Manifest.of(c);
    } catch (RuntimeException e) {
      return false;
    }
    return m != null && m.complete();
  }
}
