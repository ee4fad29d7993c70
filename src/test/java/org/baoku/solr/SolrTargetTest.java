package org.baoku.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

class SolrTargetTest {

  @Test
  void noUrlsAndNoZooKeeperMeansTheLocalIndex() {
    assertEquals(Optional.empty(), SolrTarget.of(null, null, null, Map.of()));
    assertEquals(Optional.empty(), SolrTarget.of(" , ", "", "baoku", Map.of()));
  }

  @Test
  void everyUrlIsKeptTrimmedWithoutTrailingSlash() {
    SolrTarget t = SolrTarget.of(" http://a:8983/solr/, http://b:8983/solr ", null, null, Map.of()).orElseThrow();
    assertEquals(List.of("http://a:8983/solr", "http://b:8983/solr"), t.urls());
    assertEquals("baoku", t.collection());
  }

  @Test
  void zooKeeperHostsAndChrootAreSplit() {
    SolrTarget t = SolrTarget.of(null, "zk1:2181,zk2:2181/solr", "papers", Map.of()).orElseThrow();
    assertEquals(List.of("zk1:2181", "zk2:2181"), t.zkHosts());
    assertEquals("/solr", t.zkChroot());
    assertEquals("papers", t.collection());
  }

  @Test
  void bothOrAMalformedUrlAreRefusedWithTheValue() {
    assertThrows(IllegalArgumentException.class, () -> SolrTarget.of("http://a/solr", "zk:2181", null, Map.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SolrTarget.of("solr1:8983", null, null, Map.of()));
    assertTrue(e.getMessage().contains("solr1:8983"), e.getMessage());
  }

  @Test
  void thePasswordIsNeverShown() {
    SolrTarget t = SolrTarget.of("http://a/solr", null, null,
        Map.of(SolrTarget.USER_ENV, "reader", SolrTarget.PASSWORD_ENV, "s3cret")).orElseThrow();
    assertEquals("reader", t.user());
    assertFalse(t.toString().contains("s3cret"), t.toString());
    assertThrows(IllegalArgumentException.class, () -> SolrTarget.of("http://a/solr", null, null,
        Map.of(SolrTarget.USER_ENV, "reader")));
  }

  /**
   * Solr's plain word-list format reads '#' as a comment and the stock file's '//' lines as words:
   * the configset's two files together hold SmartChinese's stop set exactly.
   */
  @Test
  void theConfigsetStopWordsAreSmartChinesesStopSet() throws IOException {
    Set<String> expected = new HashSet<>();
    for (Object o : SmartChineseAnalyzer.getDefaultStopSet()) {
      expected.add(new String((char[]) o));
    }
    Set<String> shipped = new HashSet<>();
    for (String line : resource("stopwords.txt").split("\n")) {
      if (!line.startsWith("#") && !line.isEmpty()) {
        shipped.add(line);
      }
    }
    for (String line : resource("stopwords-hash.txt").split("\n")) {
      String words = line.contains("|") ? line.substring(0, line.indexOf('|')) : line;
      for (String w : words.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          shipped.add(w);
        }
      }
    }
    assertEquals(expected, shipped);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SolrSetup.class.getResourceAsStream("configset/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
