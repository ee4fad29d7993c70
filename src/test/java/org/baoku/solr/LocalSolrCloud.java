package org.baoku.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A throwaway SolrCloud for trying {@code baoku --solr} without installing Solr: {@code N} nodes
 * (default 2) and an embedded ZooKeeper in this JVM, data in a temporary directory. Prints the
 * {@code --solr} value and runs until killed. Test classpath only (it needs solr-core):
 * {@code java -cp target/test-classes:$(cat cp.txt) org.baoku.solr.LocalSolrCloud 2}.
 */
public final class LocalSolrCloud {

  private LocalSolrCloud() {}

  public static void main(String[] args) throws Exception {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path base = Files.createTempDirectory("baoku-local-solrcloud");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.shutdown();
      } catch (Exception e) {
        // the JVM is going; nothing to keep
      }
    }));
    System.out.println("--solr " + String.join(",",
        cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList()));
    System.out.println("--solr-zk " + cluster.getZkServer().getZkAddress());
    System.out.flush();
    Thread.currentThread().join();
  }
}
