package org.arshif.archive.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.arshif.archive.lucene.ArchiveQueries;
import org.arshif.archive.lucene.MatchMarks;

/**
 * Arshif's search syntax and ranking inside Solr, from Arshif's own jar: {@code q={!arshif}أستانا -روسيا} builds on
 * each shard the query the local archive builds ({@link ArchiveQueries}), so a cluster whose configset declares
 * Arshif's analysis ranks as the laptop does. Registered in the configset's solrconfig.xml as the default parser of
 * {@code /select}. Snippets mark the query's words in any of their forms, as the local archive's do.
 */
public final class ArshifQParserPlugin extends QParserPlugin {

    /** The name solrconfig.xml registers the parser under. */
    public static final String NAME = "arshif";
    /**
     * A local parameter choosing another query of the same text: {@code {!arshif words=every}} the articles holding
     * every word of a long query, {@code words=telling} and {@code words=some} a short query widened to some of its
     * words (the local archive's widening, which the client asks for when the query finds nothing).
     */
    public static final String WORDS = "words";
    public static final String EVERY = "every";
    public static final String TELLING = "telling";
    public static final String SOME = "some";

    @Override
    public QParser createParser(String text, SolrParams localParams, SolrParams params, SolrQueryRequest request) {
        return new QParser(text, localParams, params, request) {
            @Override
            public Query parse() {
                String words = localParams == null ? null : localParams.get(WORDS);
                // Scored with the collection's statistics for every term, as the local archive scores.
                return CollectionScoring.throughout(switch (words == null ? "" : words) {
                    case "" -> queries().ranking(textOrBlank());
                    case EVERY -> queries().everyWord(textOrBlank());
                    case TELLING -> queries().someWords(textOrBlank(), true);
                    case SOME -> queries().someWords(textOrBlank(), false);
                    default -> throw new org.apache.solr.common.SolrException(
                            org.apache.solr.common.SolrException.ErrorCode.BAD_REQUEST, "words=" + words + ": one of "
                            + EVERY + ", " + TELLING + ", " + SOME);
                });
            }

            /** The words to mark; which marks are exact is left for {@link ArshifHighlightPlugin}. */
            @Override
            public Query getHighlightQuery() {
                MatchMarks marks = queries().marks(textOrBlank());
                getReq().getContext().put(ArshifHighlightPlugin.MARKS, marks);
                return marks.query();
            }

            private ArchiveQueries queries() {
                return ArchiveQueries.over(getReq().getSearcher().getIndexReader(),
                        ArshifSpellingsPlugin.decided(getReq().getParams()),
                        ArshifSpellingsPlugin.decidedGlued(getReq().getParams()),
                        ArshifSpellingsPlugin.counted(getReq().getParams()));
            }

            private String textOrBlank() {
                return getString() == null ? "" : getString();
            }
        };
    }
}
