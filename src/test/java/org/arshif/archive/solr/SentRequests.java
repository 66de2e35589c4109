package org.arshif.archive.solr;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.HttpListenerFactory;
import org.eclipse.jetty.client.api.Request;
import org.arshif.archive.Archive;

/**
 * Every HTTP request a shared archive's client sends from now on, by path ({@code /solr/news1/select},
 * {@code /solr/admin/collections} for the cluster's state): heard on the HTTP client that both the cluster's client
 * and its state reader send through, so nothing the archive asks goes uncounted.
 */
final class SentRequests {

    private final List<String> paths = new CopyOnWriteArrayList<>();

    private SentRequests() {
    }

    static SentRequests of(Archive archive) {
        SentRequests sent = new SentRequests();
        ((CloudHttp2SolrClient) ((SolrArchive) archive).client()).getHttpClient().addListenerFactory(() ->
                new HttpListenerFactory.RequestResponseListener() {
                    @Override
                    public void onBegin(Request request) {
                        sent.paths.add(request.getPath());
                    }
                });
        return sent;
    }

    /** The paths sent since the last call, and forgets them. */
    List<String> take() {
        List<String> taken = List.copyOf(paths);
        paths.removeAll(taken);
        return taken;
    }
}
