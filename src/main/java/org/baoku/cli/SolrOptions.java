package org.baoku.cli;

import java.util.Optional;
import org.baoku.solr.SolrTarget;
import picocli.CommandLine.Option;

/**
 * Where a SolrCloud collection lives, for every command that reads or writes the archive. Without
 * {@code --solr} or {@code --solr-zk} (nor their variables) the local index serves. Credentials
 * come only from the environment ({@code BAOKU_SOLR_USER}, {@code BAOKU_SOLR_PASSWORD}).
 */
final class SolrOptions {

  @Option(names = "--solr", paramLabel = "URLS", defaultValue = "${env:BAOKU_SOLR_URLS}",
      description = "SolrCloud 节点地址，逗号分隔 / SolrCloud base URLs, comma-separated, e.g. http://solr1:8983/solr (env BAOKU_SOLR_URLS)")
  String urls;

  @Option(names = "--solr-zk", paramLabel = "HOSTS[/chroot]", defaultValue = "${env:BAOKU_SOLR_ZK}",
      description = "或者 ZooKeeper 地址 / or the ZooKeeper ensemble, e.g. zk1:2181,zk2:2181/solr (env BAOKU_SOLR_ZK)")
  String zk;

  @Option(names = "--solr-collection", paramLabel = "NAME",
      defaultValue = "${env:BAOKU_SOLR_COLLECTION:-" + SolrTarget.DEFAULT_COLLECTION + "}",
      description = "集合名 / collection name (env BAOKU_SOLR_COLLECTION, default: ${DEFAULT-VALUE})")
  String collection;

  /**
   * The collection named, or empty for the local index.
   *
   * @throws UserException when the URLs or credentials are malformed
   */
  Optional<SolrTarget> target() {
    try {
      return SolrTarget.of(urls, zk, collection, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UserException("Solr 设置有误 / bad Solr setting: " + e.getMessage());
    }
  }
}
