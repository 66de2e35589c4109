package org.arshif.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * The refusal of Solr's own pages (hostile review): only Solr's admin and v2 pages are refused, wherever the cluster is
 * published; a path before Solr's that happens to be named admin (a newsroom's proxy) is no Solr page.
 */
class SolrPageAddressesTest {

    @Test
    void aCollectionBehindAProxyPathNamedAdminIsACollection() {
        for (String address : new String[] {"https://intranet.example/admin/solr/arshif",
                "https://intranet.example/api/c/solr/arshif"}) {
            ArchiveLocation location = ArchiveLocation.resolve(address, Map.of(), "Linux", "/home/u");
            assertEquals(URI.create(address), location.server(), address);
        }
    }

    @Test
    void solrsOwnPagesAreRefusedInEveryWriting() {
        assertRefusedAsSolrPages("https://news.example:8983/solr/admin/",
                "https://news.example:8983/solr//admin", "https://news.example:8983//solr/admin/collections",
                "https://news.example:8983/solr/admin/cores/", "https://news.example:8983/api/c/arshif");
    }

    /** Jetty hands /api/ on to Solr's /solr/____v2/: the same v2 pages under their other name. */
    @Test
    void theV2PagesUnderTheirOtherNameAreRefusedToo() {
        assertRefusedAsSolrPages("https://news.example:8983/solr/____v2/c/arshif",
                "https://news.example:8983/solr/____v2/collections/arshif");
    }

    /**
     * The v2 API's list of collections is Solr's own page as much as /solr/admin/collections is: taken for a
     * collection named collections (or c) on a server at /api, it is asked for /api/collections/select.
     */
    @Test
    void theV2ListOfCollectionsIsRefusedAsTheV1OneIs() {
        assertRefusedAsSolrPages("https://news.example:8983/api/collections",
                "https://news.example:8983/api/c", "https://news.example:8983/api/collections/");
    }

    /** Each address is refused as Solr's own page, not taken for a collection. */
    private static void assertRefusedAsSolrPages(String... addresses) {
        for (String address : addresses) {
            Problem.Refused refused = assertThrows(Problem.Refused.class,
                    () -> ArchiveLocation.resolve(address, Map.of(), "Linux", "/home/u"), address);
            assertEquals(Problem.Code.ARCHIVE_IS_ADDRESS, refused.problem().code(), address);
        }
    }
}
