package org.arshif.archive.solr;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.ServerLogin;
import org.arshif.model.Problem;

/**
 * Opens shared archives: collections on a SolrCloud cluster, named by an address
 * {@code http(s)://HOST:PORT/solr/COLLECTION} ({@link ArchiveLocation#server()}). The client reads the cluster's
 * state from the node named (which nodes live, where each shard's replicas are) and sends each request to a live
 * replica, so a node down is gone around. Credentials come from {@link SolrCredentials}. Opening for writing creates
 * the collection when it is missing and the user may (the configset {@value #CONFIGSET} uploaded, routed by copy
 * group); opening for reading never creates anything.
 */
public final class SolrArchiveProvider implements ArchiveProvider {

    /** The configset a new collection is made with (uploaded by the cluster's administrator). */
    public static final String CONFIGSET = "arshif";
    /** How long a request may take before the user is told the cluster is too slow ({@code -Darshif.solr.timeout}). */
    private static final long TIMEOUT_SECONDS = Long.getLong("arshif.solr.timeout", 60);
    private static final long CONNECT_SECONDS = 10;

    /** Where the credentials come from: the environment and the user's file, or a test's own. */
    public interface Credentials {
        Optional<SolrCredentials> get() throws ArchiveException;
    }

    private final Credentials credentials;
    private final int shards;
    private final int replicas;
    private final long timeoutSeconds;

    /** Credentials from the environment or the user's file; a new collection of two shards of two replicas. */
    public SolrArchiveProvider() {
        this(SolrCredentials::resolve, 2, 2, TIMEOUT_SECONDS);
    }

    public SolrArchiveProvider(Credentials credentials, int shards, int replicas, long timeoutSeconds) {
        this(credentials, shards, replicas, timeoutSeconds, Keeper.NONE);
    }

    private SolrArchiveProvider(Credentials credentials, int shards, int replicas, long timeoutSeconds, Keeper keeper) {
        this.credentials = credentials;
        this.shards = shards;
        this.replicas = replicas;
        this.timeoutSeconds = timeoutSeconds;
        this.keeper = keeper;
    }

    /** What is done with the credentials once an open has succeeded with them: kept for later runs, or nothing. */
    private interface Keeper {
        Keeper NONE = () -> { };

        void keep() throws ArchiveException;
    }

    private final Keeper keeper;

    /**
     * Opens as the user typed in the window's dialog; a login to remember is written to the credentials file (only
     * its owner may read it) once the cluster has accepted it, so a mistyped password is never kept.
     */
    @Override
    public ArchiveProvider loggedIn(ServerLogin login) {
        return loggedIn(login, SolrCredentials.file(System.getenv(), Path.of(System.getProperty("user.home", "."))));
    }

    /** The same, keeping a login to remember in this file (tests: not the user's own). */
    SolrArchiveProvider loggedIn(ServerLogin login, Path credentialsFile) {
        SolrCredentials given = new SolrCredentials(login.user(), login.password());
        return new SolrArchiveProvider(() -> Optional.of(given), shards, replicas, timeoutSeconds,
                login.remember() ? () -> given.keepIn(credentialsFile) : Keeper.NONE);
    }

    @Override
    public Archive openWritable(ArchiveLocation location, ImportMonitor upgrading) throws ArchiveException {
        Connection connection = connect(location);
        try {
            if (!connection.collectionExists()) {
                connection.create();
            }
            return kept(connection.open(true));
        } catch (ArchiveException | RuntimeException e) {
            connection.closeQuietly();
            throw e;
        }
    }

    @Override
    public Archive openReadOnly(ArchiveLocation location) throws ArchiveException {
        Connection connection = connect(location);
        try {
            if (!connection.collectionExists()) {
                throw new ArchiveException(Problem.of(Problem.Code.SERVER_NO_COLLECTION, location.where()), null);
            }
            return kept(connection.open(false));
        } catch (ArchiveException | RuntimeException e) {
            connection.closeQuietly();
            throw e;
        }
    }

    /**
     * The archive opened, once its credentials are kept where the login asked it (when they cannot be, the open
     * fails, saying why, and the caller closes the connection).
     */
    private Archive kept(Archive opened) throws ArchiveException {
        keeper.keep();
        return opened;
    }

    /** False only when the cluster answers that there is no such collection: any other failure is for the open to say. */
    @Override
    public boolean exists(ArchiveLocation location) {
        try {
            Connection connection = connect(location);
            try {
                return connection.collectionExists();
            } finally {
                connection.closeQuietly();
            }
        } catch (ArchiveException e) {
            return true;
        }
    }

    /** A collection is rebuilt by its cluster (from its replicas), not by Arshif. */
    @Override
    public Optional<ArchiveRebuilding> rebuilding(ArchiveLocation location) {
        return Optional.empty();
    }

    private Connection connect(ArchiveLocation location) throws ArchiveException {
        URI address = location.server();
        if (address == null) {
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_IS_ADDRESS, location.where()), null);
        }
        String path = address.getRawPath();
        String collection = path.substring(path.lastIndexOf('/') + 1);
        String base = address.getScheme() + "://" + address.getRawAuthority() + path.substring(0, path.lastIndexOf('/'));
        Optional<SolrCredentials> user = credentials.get();
        Http2SolrClient.Builder builder = new Http2SolrClient.Builder(base)
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withIdleTimeout(timeoutSeconds, TimeUnit.SECONDS)
                .withRequestTimeout(timeoutSeconds, TimeUnit.SECONDS);
        user.ifPresent(u -> builder.withBasicAuthCredentials(u.user(), u.password()));
        Http2SolrClient node = builder.build();
        SolrClient cluster = new CloudHttp2SolrClient.Builder(List.of(base)).withHttpClient(node)
                .withDefaultCollection(collection).build();
        return new Connection(node, cluster, collection, location.where(),
                user.map(SolrCredentials::user).orElse(null));
    }

    /**
     * Clients on one collection, not yet an archive: one to the node named (whose answers say plainly why it
     * refuses: the cluster's client hides a refusal or a refused connection behind "failed fetching live nodes"),
     * and the cluster's, which sends each request to a live replica.
     */
    private final class Connection {
        private final Http2SolrClient node;
        private final SolrClient client;
        private final String collection;
        private final String where;
        private final String user;

        Connection(Http2SolrClient node, SolrClient client, String collection, String where, String user) {
            this.node = node;
            this.client = client;
            this.collection = collection;
            this.where = where;
            this.user = user;
        }

        boolean collectionExists() throws ArchiveException {
            try {
                return CollectionAdminRequest.listCollections(node).contains(collection);
            } catch (SolrServerException | IOException | RuntimeException e) {
                throw SolrFailure.of(e, where, user, timeoutSeconds);
            }
        }

        /** Creates the collection, routed by copy group; a user who may not is told to ask the administrator. */
        void create() throws ArchiveException {
            try {
                CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, CONFIGSET,
                        shards, replicas).setRouterField("copy_group");
                create.setWaitForFinalState(true); // every replica active before the first import
                create.process(node);
            } catch (SolrServerException | IOException | RuntimeException e) {
                ArchiveException failure = SolrFailure.of(e, where, user, timeoutSeconds);
                Problem.Code code = failure.problem().map(Problem::code).orElse(null);
                if (code == Problem.Code.SERVER_FORBIDDEN || code == Problem.Code.SERVER_CREDENTIALS_REFUSED) {
                    throw new ArchiveException(Problem.of(Problem.Code.SERVER_NO_COLLECTION, where), e);
                }
                throw failure;
            }
        }

        SolrArchive open(boolean writable) throws ArchiveException {
            return new SolrArchive(client, this::closeBoth, collection, where, user, writable, timeoutSeconds);
        }

        void closeBoth() throws IOException {
            try {
                client.close();
            } finally {
                node.close();
            }
        }

        void closeQuietly() {
            try {
                closeBoth();
            } catch (IOException ignored) {
                // already failing with a better message
            }
        }
    }
}
