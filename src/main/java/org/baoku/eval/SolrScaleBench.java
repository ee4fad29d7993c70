package org.baoku.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.baoku.index.Progress;
import org.baoku.retrieve.HybridSettings;
import org.baoku.solr.ScratchCollection;
import org.baoku.solr.SolrArchive;
import org.baoku.solr.SolrIndexer;
import org.baoku.solr.SolrTarget;

/**
 * One size of {@code baoku bench --scale --solr}: the synthetic archive {@link ScaleBench} indexes
 * locally (the same pages, the same needles, the same stand-in vectors), written into a SolrCloud
 * collection instead and served from it as {@code --solr} serves a real archive ({@link
 * SolrArchive}: three requests a search, articles and sentence vectors read over the network).
 *
 * <p>The collection's contents are replaced ({@link ScratchCollection#replace}, which refuses a
 * collection holding a real archive). The write rate counts the stand-in embedding, the transfer,
 * the replicas' indexing and the final commit; the needles' questions are then timed as for the
 * local index ({@link NeedleQueries}). Nothing is added afterwards: adding pages to a collection is
 * {@code baoku index --solr}'s business, measured on the bundled corpus.
 */
public final class SolrScaleBench {

  /**
   * One size's figures from the collection; times in milliseconds, {@code writeMillis} from the
   * cleared collection to the commit that made the archive searchable.
   */
  public record Row(int target, String vectors, String collection, int shards, int replicas, int pages,
      int articles, int passages, long writeMillis, long openMillis, int needles, int foundAt5, int answered,
      int timed, double searchP50, double searchP99, double askP50, double askP99, double loadBefore,
      double loadAfter) {

    public double passagesPerSecond() {
      return writeMillis == 0 ? 0 : passages * 1000.0 / writeMillis;
    }

    public double recallAt5() {
      return needles == 0 ? Double.NaN : (double) foundAt5 / needles;
    }
  }

  private SolrScaleBench() {}

  /**
   * Replaces {@code solr}'s collection with a synthetic archive of about {@code target} passages and
   * about {@code needles} needles, then asks the needles' questions of it.
   *
   * @throws ScratchCollection.Refused when the collection holds another archive (nothing is changed)
   * @throws org.baoku.solr.SolrUnavailableException when the cluster fails a request
   */
  public static Row run(SyntheticArchive archive, int target, int needles, SolrTarget solr, Progress progress) {
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    StandInVectors standIn = new StandInVectors(ScaleBench.STAND_IN_SEED);
    ScaleFeed feed = new ScaleFeed(archive, target, needles, progress,
        "写入 Solr / indexing a synthetic archive of " + target + " passages into " + solr.collection());
    SolrIndexer.Report written;
    ScratchCollection.Shape shape;
    try (CloudSolrClient client = solr.connect()) {
      written = ScratchCollection.replace(client, solr.collection(), feed, standIn, StandInVectors.NAME);
      shape = ScratchCollection.shape(client, solr.collection());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t0 = System.nanoTime();
    try (SolrArchive a = SolrArchive.open(solr.connect(), solr.collection(), standIn::embed, StandInVectors.NAME,
        HybridSettings.DEFAULT)) {
      long openMillis = (System.nanoTime() - t0) / 1_000_000;
      NeedleQueries.Timings t = NeedleQueries.ask(a, feed.needles());
      return new Row(target, StandInVectors.NAME, solr.collection(), shape.shards(), shape.replicas(),
          written.pages(), written.articles(), written.passages(), written.millis(), openMillis, t.needles(),
          t.foundAt5(), t.answered(), t.timed(), t.searchP50(), t.searchP99(), t.askP50(), t.askP99(), loadBefore,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }
}
