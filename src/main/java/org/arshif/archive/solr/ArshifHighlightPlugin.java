package org.arshif.archive.solr;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.solr.common.params.HighlightParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.highlight.UnifiedSolrHighlighter;
import org.arshif.archive.lucene.MatchMarks;
import org.arshif.model.Snippet;

/**
 * Solr's unified highlighter, marking as the local archive marks when the request asks for the kinds of marks
 * ({@value #STEM_ONLY_TAG}: the tag that opens a match only through the stem, e.g. السعودة for السعودية): each
 * match told apart by {@link MatchMarks} from the {@code {!arshif}} parser's highlight query, overlapping ones merged,
 * a snippet on one line with {@code …} where it cuts the body, as the local snippets are; a whole field
 * ({@code hl.bs.type=WHOLE}, the reading pane) kept as stored with its marks. Without that parameter (another
 * client, {@code curl}) it highlights as Solr's own. Registered in solrconfig.xml's highlight component.
 */
public final class ArshifHighlightPlugin extends UnifiedSolrHighlighter {

    /** The request parameter naming the tag that opens a stem-only mark; exact marks open with {@code hl.tag.pre}. */
    public static final String STEM_ONLY_TAG = "arshif.hl.tag.stemOnly";
    /** Where the parser leaves its highlight query's marks for the highlighter, in the request's context. */
    static final String MARKS = "arshif.marks";

    @Override
    protected UnifiedHighlighter getHighlighter(SolrQueryRequest request) {
        return new SolrExtendedUnifiedHighlighter(request) {
            @Override
            protected PassageFormatter getFormatter(String field) {
                String stemOnly = params.get(STEM_ONLY_TAG);
                if (stemOnly == null || !(request.getContext().get(MARKS) instanceof MatchMarks marks)) {
                    return super.getFormatter(field);
                }
                boolean whole = "WHOLE".equals(params.getFieldParam(field, HighlightParams.BS_TYPE));
                return new Tagged(whole ? marks.allMatches() : marks.snippets(), params, field, stemOnly);
            }
        };
    }

    /** The local formatter's marks as tags in the text Solr hands back. */
    private static final class Tagged extends PassageFormatter {
        private final PassageFormatter local;
        private final String open;
        private final String openStemOnly;
        private final String close;

        Tagged(PassageFormatter local, SolrParams params, String field, String openStemOnly) {
            this.local = local;
            this.open = params.getFieldParam(field, HighlightParams.TAG_PRE, "<em>");
            this.close = params.getFieldParam(field, HighlightParams.TAG_POST, "</em>");
            this.openStemOnly = openStemOnly;
        }

        @Override
        public Object format(Passage[] passages, String content) {
            Object formatted = local.format(passages, content);
            if (formatted instanceof Snippet snippet) {
                return snippet.render(open, openStemOnly, close);
            }
            if (formatted instanceof List<?> spans) {
                @SuppressWarnings("unchecked")
                List<Snippet.Span> marks = (List<Snippet.Span>) spans;
                return new Snippet(content, marks).render(open, openStemOnly, close);
            }
            return null;
        }
    }
}
