package org.baoku.solr;

import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.common.SolrException;

/**
 * SolrCloud could not do what was asked: no node reachable, a timeout, a refusal. Its message is
 * one line for the reader, without SolrJ's stack trace (the cause keeps it, for a log).
 */
public final class SolrUnavailableException extends RuntimeException {

  private SolrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The exception for {@code cause}, met while {@code doing} (e.g. "searching"). */
  static SolrUnavailableException of(String doing, Throwable cause) {
    if (cause instanceof SolrUnavailableException s) {
      return s;
    }
    return new SolrUnavailableException("SolrCloud 不可用（" + doing + "）/ SolrCloud unavailable while "
        + doing + ": " + firstLine(cause), cause);
  }

  /** The first line of the outermost Solr error, and of the root cause when it says more. */
  private static String firstLine(Throwable t) {
    Throwable solr = t;
    while (solr.getCause() != null && !(solr instanceof SolrException)
        && !(solr instanceof BaseHttpSolrClient.RemoteSolrException)) {
      solr = solr.getCause();
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = line(solr);
    String r = line(root);
    m = root == solr || m.contains(r) ? m : m + " (" + r + ")";
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  private static String line(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
