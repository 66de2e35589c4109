package org.arshif.archive.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.arshif.archive.lucene.ArchiveQueries;

/**
 * Arshif's search syntax and ranking inside Solr, from Arshif's own jar: {@code q={!arshif}أستانا -روسيا} builds on
 * each shard the query the local archive builds ({@link ArchiveQueries}), so a cluster whose configset declares
 * Arshif's analysis ranks as the laptop does. Registered in the configset's solrconfig.xml as the default parser of
 * {@code /select}. Snippets mark the query's words in any of their forms, as the local archive's do.
 */
public final class ArshifQParserPlugin extends QParserPlugin {

    /** The name solrconfig.xml registers the parser under. */
    public static final String NAME = "arshif";

    @Override
    public QParser createParser(String text, SolrParams localParams, SolrParams params, SolrQueryRequest request) {
        return new QParser(text, localParams, params, request) {
            @Override
            public Query parse() {
                return queries().ranking(textOrBlank());
            }

            @Override
            public Query getHighlightQuery() {
                return queries().marks(textOrBlank());
            }

            private ArchiveQueries queries() {
                return ArchiveQueries.over(getReq().getSearcher().getIndexReader());
            }

            private String textOrBlank() {
                return getString() == null ? "" : getString();
            }
        };
    }
}
