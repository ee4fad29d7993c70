package org.baoku.solr;

import java.util.List;

/**
 * A passage's sentence vectors as {@link SolrReader} read them, with the passage text stored
 * beside them: {@link ReadCache} serves them only to a passage of that same text.
 */
record SentenceVectors(String text, List<float[]> vectors) {}
