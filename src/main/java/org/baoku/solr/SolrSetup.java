package org.baoku.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * {@code baoku solr-setup}: uploads our configset (shipped in the jar) and creates the collection.
 * A collection that already exists is left exactly as it is, configset included: re-sharding or
 * a new schema is an operator's decision, not a side effect of rerunning set-up.
 */
public final class SolrSetup {

  /** The configset's files, resources beside this class. */
  static final List<String> CONFIG_FILES = List.of("solrconfig.xml", "schema.xml",
      "stopwords.txt", "stopwords-hash.txt");

  /** What set-up did. */
  public enum Outcome { CREATED, ALREADY_EXISTS }

  private SolrSetup() {}

  /**
   * Creates {@code collection} with {@code shards} shards of {@code replicas} replicas each, on a
   * configset of the same name, unless a collection of that name exists.
   *
   * @throws IllegalArgumentException when shards or replicas are below 1
   * @throws SolrUnavailableException when the cluster cannot be reached or refuses
   */
  public static Outcome setUp(CloudSolrClient client, String collection, int shards, int replicas) {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("need at least 1 shard and 1 replica, got " + shards + " × " + replicas);
    }
    try {
      if (CollectionAdminRequest.listCollections(client).contains(collection)) {
        return Outcome.ALREADY_EXISTS;
      }
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
      upload.setConfigSetName(collection);
      upload.setOverwrite(true);
      upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), "configset.zip",
          "application/octet-stream"));
      upload.process(client);
      CollectionAdminRequest.createCollection(collection, collection, shards, replicas)
          .process(client);
      return Outcome.CREATED;
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw SolrUnavailableException.of("creating collection " + collection, e);
    }
  }

  /** Our configset as the zip that Solr's configset API takes. */
  static byte[] configsetZip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : CONFIG_FILES) {
        try (InputStream in = SolrSetup.class.getResourceAsStream("configset/" + name)) {
          if (in == null) {
            throw new IllegalStateException("configset file missing from the jar: " + name);
          }
          zip.putNextEntry(new ZipEntry(name));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
