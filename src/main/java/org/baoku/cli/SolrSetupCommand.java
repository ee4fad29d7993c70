package org.baoku.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.baoku.solr.SolrSetup;
import org.baoku.solr.SolrTarget;
import org.baoku.solr.SolrUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baoku solr-setup}: uploads baoku's configset and creates the collection; on an existing
 * collection it says so and changes nothing.
 */
@Command(name = "solr-setup", mixinStandardHelpOptions = true,
    description = {"在 SolrCloud 中建立报库的集合。", "Create baoku's collection in SolrCloud (configset included)."})
final class SolrSetupCommand implements Callable<Integer> {

  @Mixin SolrOptions solr;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
      description = "分片数 / shards (default: ${DEFAULT-VALUE})")
  int shards;

  @Option(names = "--replicas", paramLabel = "M", defaultValue = "2",
      description = "每个分片的副本数 / replicas of each shard (default: ${DEFAULT-VALUE}: one node may fail)")
  int replicas;

  @Override
  public Integer call() {
    SolrTarget target = solr.target().orElseThrow(() -> new UserException(
        "请指定 SolrCloud / name the cluster: --solr URLS or --solr-zk HOSTS (or BAOKU_SOLR_URLS)"));
    SolrSetup.Outcome outcome;
    try (CloudSolrClient client = target.connect()) {
      outcome = SolrSetup.setUp(client, target.collection(), shards, replicas);
    } catch (IllegalArgumentException | SolrUnavailableException e) {
      throw new UserException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(outcome == SolrSetup.Outcome.CREATED
        ? "已创建 / created: collection " + target.collection() + " (" + shards + " shards × " + replicas
            + " replicas) on " + target
        : "已存在 / already exists: collection " + target.collection() + " on " + target + "; nothing changed");
    return 0;
  }
}
