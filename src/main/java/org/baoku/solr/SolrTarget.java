package org.baoku.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;

/**
 * Which SolrCloud collection to use and how to reach it: Solr base URLs (cluster state read over
 * HTTP from any of them) or a ZooKeeper ensemble, the collection, and basic-auth credentials.
 *
 * <p>{@link #toString()} never shows the password.
 *
 * @param urls Solr base URLs such as {@code http://solr1:8983/solr}; every one is used, not only
 *     the first; empty when {@code zkHosts} is set
 * @param zkHosts ZooKeeper {@code host:port} list; empty when {@code urls} are set
 * @param zkChroot the ensemble's chroot ({@code /solr}), or null
 */
public record SolrTarget(List<String> urls, List<String> zkHosts, String zkChroot, String collection,
    String user, String password) {

  /** The collection `baoku solr-setup` creates when none is named. */
  public static final String DEFAULT_COLLECTION = "baoku";

  /** Environment variables holding the credentials: kept out of the command line and the logs. */
  public static final String USER_ENV = "BAOKU_SOLR_USER";
  public static final String PASSWORD_ENV = "BAOKU_SOLR_PASSWORD";

  /**
   * Connecting to a node that is down fails within this; a node that accepts but does not answer
   * is given {@link #REQUEST_TIMEOUT_S}, then the request fails with a one-line error.
   */
  static final int CONNECT_TIMEOUT_S = 5;

  /**
   * The longest a search or an update batch may take. A search over the bundled corpus takes a
   * few milliseconds; 30 s leaves room for a cold collection of millions of passages.
   */
  static final int REQUEST_TIMEOUT_S = 30;

  public SolrTarget {
    urls = List.copyOf(urls);
    zkHosts = List.copyOf(zkHosts);
    if (urls.isEmpty() == zkHosts.isEmpty()) {
      throw new IllegalArgumentException("give either Solr URLs or ZooKeeper hosts, not "
          + (urls.isEmpty() ? "neither" : "both"));
    }
    for (String u : urls) {
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        throw new IllegalArgumentException("not a Solr URL: " + u + " (expected http://host:8983/solr)");
      }
    }
    collection = collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException("set both " + USER_ENV + " and " + PASSWORD_ENV + ", or neither");
    }
  }

  /**
   * The target named by {@code urls} (comma-separated) or {@code zk} ({@code HOSTS[/chroot]}),
   * with credentials from {@code env}; empty when neither is given (the local index then serves).
   */
  public static Optional<SolrTarget> of(String urls, String zk, String collection, Map<String, String> env) {
    List<String> u = split(urls);
    String chroot = null;
    String hosts = zk == null ? "" : zk.strip();
    int slash = hosts.indexOf('/');
    if (slash >= 0) {
      chroot = hosts.substring(slash);
      hosts = hosts.substring(0, slash);
    }
    List<String> z = split(hosts);
    if (u.isEmpty() && z.isEmpty()) {
      return Optional.empty();
    }
    String user = blankToNull(env.get(USER_ENV));
    String password = blankToNull(env.get(PASSWORD_ENV));
    return Optional.of(new SolrTarget(u, z, chroot, collection, user, password));
  }

  /** A client for this target with timeouts on every request; the caller closes it. */
  public CloudSolrClient connect() {
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withConnectionTimeout(CONNECT_TIMEOUT_S, TimeUnit.SECONDS)
        .withIdleTimeout(REQUEST_TIMEOUT_S, TimeUnit.SECONDS)
        .withRequestTimeout(REQUEST_TIMEOUT_S, TimeUnit.SECONDS);
    if (user != null) {
      http.withBasicAuthCredentials(user, password);
    }
    CloudHttp2SolrClient.Builder b = urls.isEmpty()
        ? new CloudHttp2SolrClient.Builder(zkHosts, Optional.ofNullable(zkChroot))
            .withZkConnectTimeout(CONNECT_TIMEOUT_S, TimeUnit.SECONDS)
            .withZkClientTimeout(REQUEST_TIMEOUT_S, TimeUnit.SECONDS)
        : new CloudHttp2SolrClient.Builder(urls);
    return b.withInternalClientBuilder(http).withDefaultCollection(collection).build();
  }

  /** Where this is, for messages: the URLs or ZooKeeper hosts and the collection, no password. */
  @Override
  public String toString() {
    String where = urls.isEmpty() ? "zk " + String.join(",", zkHosts) + Objects.requireNonNullElse(zkChroot, "")
        : String.join(",", urls);
    return where + " collection " + collection + (user == null ? "" : " as " + user);
  }

  private static List<String> split(String s) {
    return s == null ? List.of()
        : Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
            .map(x -> x.endsWith("/") ? x.substring(0, x.length() - 1) : x).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
