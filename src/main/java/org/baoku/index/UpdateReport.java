package org.baoku.index;

/**
 * What an index update did: the totals of the index it left, and how many input files it added,
 * read again because they changed, and removed. An update that found nothing to do reports 0, 0,
 * 0 and embedded nothing.
 *
 * @param full whether every file was read again (no index yet, or another schema, model or ingest)
 * @param embedded passages embedded by this update
 */
public record UpdateReport(int pages, int articles, int passages, int added, int changed, int removed,
    int embedded, double seconds, boolean full, Manifest manifest) {}
