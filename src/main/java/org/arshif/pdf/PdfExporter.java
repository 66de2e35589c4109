package org.arshif.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.arshif.layout.ParagraphDirection;
import org.arshif.files.ReplacedFile;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.arshif.model.Problem;
import org.arshif.model.Snippet;
import org.arshif.text.DisplayDates;
import org.arshif.text.PluralText;

/**
 * Exports articles to one PDF that reads as a set Arabic document and stays useful: shaped, right-to-left,
 * justified text with Amiri embedded and subset; a cover with a table of contents when there are several articles;
 * each article on a new page with its title, dates (Gregorian and Hijri), source and author; running header and page
 * numbers; one bookmark per article; the document's language set to Arabic; text that copies and searches as base
 * letters in logical order. The file appears only when complete: it is written beside the target and moved into
 * place, so a failure leaves no half-written PDF.
 */
public final class PdfExporter {

    private static final float BODY_SIZE = 13f;
    private static final float BODY_LEADING = BODY_SIZE * 1.75f;
    private static final float TITLE_SIZE = 20f;
    private static final float TITLE_LEADING = TITLE_SIZE * 1.55f;
    private static final float META_SIZE = 10f;
    private static final float SMALL_SIZE = 8.5f;
    private static final float NOTE_SIZE = 11f;
    private static final float PARAGRAPH_GAP = 7f;
    private static final float SIDE_MARGIN = 62f;
    private static final float TOP_MARGIN = 78f;
    private static final float BOTTOM_MARGIN = 72f;
    private static final float TOC_LEADING = 21f;
    private static final float TOC_SIZE = 11f;
    /** The least room kept for a contents entry's dot leaders, between its date and its page number. */
    private static final float TOC_LEADERS_MIN = 28f;
    public static final int TITLE_LIMIT = 600;

    private final PdfOptions options;
    private final ResourceBundle labels;
    private final FontFace regular = FontFace.load("/fonts/amiri/Amiri-Regular.ttf");
    private final FontFace bold = FontFace.load("/fonts/amiri/Amiri-Bold.ttf");
    private final FontFace fallback = FontFace.load("/fonts/vazirmatn/Vazirmatn-Regular.ttf");
    /** Bullets, stars, check marks, geometric shapes that neither Arabic face has (●■▪►★✓). */
    private final FontFace symbols = FontFace.load("/fonts/noto-symbols2/NotoSansSymbols2-Regular.ttf");

    public PdfExporter(PdfOptions options) {
        this.options = options;
        this.labels = ResourceBundle.getBundle("org.arshif.pdf.labels",
                options.locale().getLanguage().equals("ar") ? java.util.Locale.ROOT : options.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** One of the PDF's own labels; counts take their CLDR plural form (package-private for the count test). */
    String label(String key, Object... args) {
        return PluralText.format(labels.getString(key), options.locale(), args);
    }

    // --- page model ----------------------------------------------------------------------------------------

    private sealed interface Item permits TextItem, RuleItem, MarkItem, LeaderItem {
    }

    private record TextItem(SetLine line, float x, float baseline, float size, float grey, StructureTree.Block block)
            implements Item {
    }

    private record RuleItem(float x1, float x2, float y) implements Item {
    }

    /** The fill of a match mark (amber), and the lighter one of a word matching only through the stem. */
    static final float[] EXACT_MARK = {1f, 0.87f, 0.45f};
    static final float[] STEM_ONLY_MARK = {1f, 0.96f, 0.82f};

    private record MarkItem(float x, float y, float width, float height, Snippet.Kind kind) implements Item {
    }

    /** Dot leaders on a baseline, from x1 to x2: drawn only, an artifact with no text. */
    private record LeaderItem(float x1, float x2, float y) implements Item {
    }

    private static final class PageModel {
        final List<Item> items = new ArrayList<>();
        final String header;

        PageModel(String header) {
            this.header = header;
        }
    }

    /** Lays out pages top-down for one article or the cover. */
    private final class Composer {
        final List<PageModel> pages = new ArrayList<>();
        final String header;
        float y;

        Composer(String header) {
            this.header = header;
            newPage();
        }

        void newPage() {
            pages.add(new PageModel(header));
            y = height() - TOP_MARGIN;
        }

        PageModel page() {
            return pages.getLast();
        }

        /** Room for a line of this leading, else a new page. */
        void need(float leading) {
            if (y - leading < BOTTOM_MARGIN) {
                newPage();
            }
        }

        /** Sets a paragraph aligned to its own direction (right for Arabic), justified or not, with optional marks. */
        void paragraph(String role, TextSetter setter, String text, float size, float leading, float grey,
                       boolean justify, List<Snippet.Span> marks) {
            place(role, text, setter.set(text, size, contentWidth(), justify), size, leading, grey, marks);
        }

        /**
         * Sets a line of the document's own (labels with the article's source and author, dates) in the document's
         * direction, whatever script its values are in: an English byline with a long Arabic author has more Arabic
         * words than English ones and was set right to left, its fields in reverse order.
         */
        void documentLine(String role, TextSetter setter, String text, float size, float leading, float grey) {
            place(role, text, setter.set(text, size, contentWidth(), false, language().equals("ar")), size, leading,
                    grey, List.of());
        }

        private void place(String role, String text, List<SetLine> lines, float size, float leading, float grey,
                           List<Snippet.Span> marks) {
            StructureTree.Block block = StructureTree.block(role, text, language());
            for (SetLine line : lines) {
                need(leading);
                y -= leading;
                float x = line.rightToLeft() ? SIDE_MARGIN + contentWidth() - line.width() : SIDE_MARGIN;
                float baseline = y + leading * 0.32f;
                for (Snippet.Kind kind : Snippet.Kind.values()) {
                    List<Snippet.Span> ofKind = marks.stream().filter(mark -> mark.kind() == kind).toList();
                    for (float[] mark : markExtents(line, ofKind)) {
                        page().items.add(new MarkItem(x + mark[0], baseline - size * 0.42f, mark[1] - mark[0],
                                size * 1.45f, kind));
                    }
                }
                page().items.add(new TextItem(line, x, baseline, size, grey, block));
            }
        }
    }

    /** The document's language: its labels' (Arabic unless English was asked for). */
    private String language() {
        return options.locale().getLanguage().equals("ar") ? "ar" : "en";
    }

    private float width() {
        return options.page().width;
    }

    private float height() {
        return options.page().height;
    }

    private float contentWidth() {
        return width() - 2 * SIDE_MARGIN;
    }

    /** Horizontal extents of the glyphs that stand for marked characters, merged where they touch. */
    private static List<float[]> markExtents(SetLine line, List<Snippet.Span> marks) {
        List<float[]> extents = new ArrayList<>();
        if (marks.isEmpty()) {
            return extents;
        }
        for (int r = 0; r < line.runs().size(); r++) {
            ShapedRun run = line.runs().get(r);
            float[] xs = line.xs().get(r);
            if (xs.length == 0) {
                continue;
            }
            float runEnd = xs[xs.length - 1] + run.advance() - run.x()[xs.length - 1];
            for (int g = 0; g < xs.length; g++) {
                int c = run.charStart()[g];
                boolean marked = marks.stream().anyMatch(s -> c >= s.start() && c < s.end());
                if (!marked) {
                    continue;
                }
                float right = g + 1 < xs.length ? xs[g + 1] : runEnd;
                float left = Math.min(xs[g], right);
                right = Math.max(xs[g], right);
                if (!extents.isEmpty() && Math.abs(extents.getLast()[1] - left) < 0.5f) {
                    extents.getLast()[1] = right;
                } else {
                    extents.add(new float[] {left, right});
                }
            }
        }
        return extents;
    }

    // --- export ----------------------------------------------------------------------------------------------

    /**
     * Writes the articles, in the order given, to {@code target}.
     *
     * @param matches optional marks per article id (the query's matches, as in the reader); may be empty
     */
    public ExportReport export(List<Article> articles, Map<String, ArticleMatches> matches, Path target,
                               ExportMonitor monitor) throws PdfExportException {
        return export(articles, matches, Map.of(), target, monitor);
    }

    /**
     * Writes the articles, in the order given, to {@code target}, each with the researcher's note on it (a
     * collection's) set under its title and dates, headed as the researcher's.
     *
     * @param notes notes by article id; articles without one have none
     */
    public ExportReport export(List<Article> articles, Map<String, ArticleMatches> matches, Map<String, String> notes,
                               Path target, ExportMonitor monitor) throws PdfExportException {
        if (articles.isEmpty()) {
            throw new PdfExportException(Problem.of(Problem.Code.EXPORT_NOTHING), null);
        }
        refuseNonRegularTarget(target);
        long started = System.nanoTime();
        TextSetter body = new TextSetter(regular, fallback, symbols);
        TextSetter titles = new TextSetter(bold, fallback, symbols);
        int total = articles.size();
        List<List<PageModel>> articlePages = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (monitor.isCancelled()) {
                throw new PdfExportException(Problem.of(Problem.Code.EXPORT_CANCELLED), null);
            }
            Article article = articles.get(i);
            articlePages.add(layoutArticle(article, matches.get(article.id()), notes.getOrDefault(article.id(), ""), body,
                    titles));
            monitor.progress(i + 1, total * 2);
        }
        List<PageModel> cover = total > 1 ? layoutCover(articles, articlePages, body, titles) : List.of();
        try (PDDocument document = new PDDocument()) {
            GlyphWriter glyphs = new GlyphWriter(document, regular);
            StructureTree structure = new StructureTree(document);
            List<PDPage> pages = new ArrayList<>();
            int pageCount = cover.size() + articlePages.stream().mapToInt(List::size).sum();
            for (PageModel model : cover) {
                pages.add(render(document, glyphs, structure, model, pages.size() + 1, pageCount, false));
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int i = 0; i < total; i++) {
                if (monitor.isCancelled()) {
                    throw new PdfExportException(Problem.of(Problem.Code.EXPORT_CANCELLED), null);
                }
                PDPage first = null;
                for (PageModel model : articlePages.get(i)) {
                    // The first page of an article shows its title in full: no running header there.
                    PDPage page = render(document, glyphs, structure, model, pages.size() + 1, pageCount, first != null);
                    pages.add(page);
                    first = first == null ? page : first;
                }
                PDOutlineItem bookmark = new PDOutlineItem();
                bookmark.setTitle(bounded(articles.get(i).title()));
                PDPageXYZDestination destination = new PDPageXYZDestination();
                destination.setPage(first);
                destination.setTop((int) height());
                bookmark.setDestination(destination);
                outline.addLast(bookmark);
                monitor.progress(total + i + 1, total * 2);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            if (total > 1) {
                document.getDocumentCatalog().setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
            }
            structure.finish();
            describe(document, articles);
            // PDFBox subsets the fonts while saving: save once, put in the ToUnicode maps, then save for real.
            glyphs.addUsedGlyphsToSubsets();
            document.save(OutputStream.nullOutputStream());
            glyphs.writeToUnicodeMaps();
            ReplacedFile.write(target, part -> document.save(part.toFile()));
            java.util.SortedMap<Integer, Integer> missing = new java.util.TreeMap<>(body.missing());
            titles.missing().forEach((c, n) -> missing.merge(c, n, Integer::sum));
            return new ExportReport(target, total, pageCount, body.missingCharacters() + titles.missingCharacters(),
                    Duration.ofNanos(System.nanoTime() - started), missing,
                    (int) articles.stream().filter(a -> a.title().length() > TITLE_LIMIT).count());
        } catch (PdfExportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PdfExportException(Problem.of(Problem.Code.EXPORT_UNWRITABLE, target,
                    e.getCause() instanceof Problem.Failed font ? font.problem() : e.getMessage()), e);
        }
    }

    private static void refuseNonRegularTarget(Path target) throws PdfExportException {
        if (!ReplacedFile.isReplaceable(target)) {
            throw new PdfExportException(Problem.of(Problem.Code.EXPORT_NOT_REGULAR, target), null);
        }
    }

    private void describe(PDDocument document, List<Article> articles) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        String title = articles.size() == 1 ? bounded(articles.getFirst().title()) : options.archiveName() + " — "
                + label("articleCount", articles.size());
        info.setTitle(title);
        List<String> authors = authors(articles);
        if (!authors.isEmpty()) {
            info.setAuthor(String.join(label("authorSeparator"), authors));
        }
        info.setSubject(label("subject"));
        info.setKeywords(String.join(", ", articles.stream().map(Article::source).filter(s -> !s.isEmpty())
                .distinct().limit(20).toList()));
        info.setCreator("Arshif");
        info.setProducer("Arshif with Apache PDFBox");
        Calendar now = GregorianCalendar.from(options.exportDate().atStartOfDay(ZoneId.systemDefault()));
        info.setCreationDate(now);
        info.setModificationDate(now);
        XmpMetadata.attach(document, title, authors, language(), options.exportDate().atStartOfDay(ZoneId.systemDefault())
                .toOffsetDateTime());
        document.getDocumentCatalog().setLanguage(language());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setReadingDirection(options.locale().getLanguage().equals("ar")
                ? PDViewerPreferences.READING_DIRECTION.R2L : PDViewerPreferences.READING_DIRECTION.L2R);
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** The articles' authors, each once, in the order of the articles; as many as the keywords' sources at most. */
    private static List<String> authors(List<Article> articles) {
        return articles.stream().map(article -> bounded(article.author().strip())).filter(a -> !a.isEmpty())
                .distinct().limit(20).toList();
    }

    private List<PageModel> layoutArticle(Article article, ArticleMatches matches, String note, TextSetter body,
                                          TextSetter titles) {
        String title = bounded(article.title());
        Composer composer = new Composer(title);
        composer.paragraph("H1", titles, title, TITLE_SIZE, TITLE_LEADING, 0, false,
                matches == null ? List.of() : matches.title());
        List<String> meta = new ArrayList<>();
        meta.add(article.date() != null ? DisplayDates.both(article.date(), options.locale())
                : article.dateRaw().isBlank() ? label("undated") : label("undatedWritten", article.dateRaw()));
        // Each value isolated: a source or an author of the other script keeps to its own field.
        if (!article.source().isEmpty()) {
            meta.add(label("source", isolated(article.source())));
        }
        if (!article.author().isEmpty()) {
            meta.add(label("author", isolated(article.author())));
        }
        composer.y -= 4;
        composer.documentLine("P", body, String.join("   ·   ", meta), META_SIZE, META_SIZE * 1.9f, 0.4f);
        if (!note.isBlank()) {
            // Set apart from the article's own text: headed as the researcher's, smaller and grey, each line of the
            // note a paragraph in its own direction.
            composer.y -= 6;
            composer.paragraph("H2", titles, label("note"), NOTE_SIZE, NOTE_SIZE * 1.8f, 0.3f, false, List.of());
            for (String line : note.strip().split("\\R+")) {
                if (!line.isBlank()) {
                    composer.paragraph("P", body, line.strip(), NOTE_SIZE, NOTE_SIZE * 1.7f, 0.3f, false, List.of());
                }
            }
        }
        composer.y -= 8;
        composer.page().items.add(new RuleItem(SIDE_MARGIN, SIDE_MARGIN + contentWidth(), composer.y));
        composer.y -= 10;
        for (int p = 0; p < article.paragraphs().size(); p++) {
            List<Snippet.Span> marks = matches == null ? List.of() : matches.paragraphs().get(p);
            composer.paragraph("P", body, article.paragraphs().get(p), BODY_SIZE, BODY_LEADING, 0, true, marks);
            composer.y -= PARAGRAPH_GAP;
        }
        return composer.pages;
    }

    /** Cover: archive name, export date and count, then the table of contents with each article's first page. */
    private List<PageModel> layoutCover(List<Article> articles, List<List<PageModel>> articlePages,
                                        TextSetter body, TextSetter titles) {
        // The contents' own length decides where the articles start: count its pages first.
        int coverPages = 1;
        while (true) {
            Composer composer = new Composer(null);
            composer.y -= 60;
            composer.paragraph("H1", titles, options.archiveName(), 28, 44, 0, false, List.of());
            composer.documentLine("P", body, label("exported", DisplayDates.gregorian(options.exportDate(),
                    options.locale())) + "   ·   " + label("articleCount", articles.size()), 12, 24, 0.35f);
            composer.y -= 24;
            composer.paragraph("H2", titles, label("contents"), 16, 30, 0, false, List.of());
            composer.page().items.add(new RuleItem(SIDE_MARGIN, SIDE_MARGIN + contentWidth(), composer.y - 4));
            composer.y -= 10;
            int page = coverPages + 1;
            for (int i = 0; i < articles.size(); i++) {
                tocEntry(composer, body, articles.get(i), page);
                page += articlePages.get(i).size();
            }
            if (composer.pages.size() == coverPages) {
                return composer.pages;
            }
            coverPages = composer.pages.size();
        }
    }

    /**
     * A contents entry: one line in the document's direction — in an Arabic export the title at the right, its date
     * on its left, dot leaders, the page number at the left; in an English one the mirror — whatever script the title
     * is written in (a Latin title in an Arabic export is a left-to-right run inside a right-to-left line). Title,
     * date and number are one set line, the leaders drawn in its widened space, so that readers give the entry back
     * as one line in reading order (as separate lines, poppler put the number in a block of its own, and PDFBox glued
     * it to the title).
     */
    private void tocEntry(Composer composer, TextSetter body, Article article, int page) {
        composer.need(TOC_LEADING);
        composer.y -= TOC_LEADING;
        float baseline = composer.y + TOC_LEADING * 0.3f;
        boolean rightToLeft = language().equals("ar");
        String number = Integer.toString(page);
        String date = article.date() == null ? "" : "  " + dateInIsolate(DisplayDates.gregorian(article.date(),
                options.locale()));
        float tailWidth = body.set(date.strip() + " " + number, TOC_SIZE, contentWidth(), false, rightToLeft)
                .getFirst().width();
        String title = shortened(body, article.title(), TOC_SIZE, contentWidth() - tailWidth - TOC_LEADERS_MIN);
        String text = isolated(title) + date + " " + number;
        int leader = text.length() - number.length() - 1;
        SetLine line = body.setSpread(text, leader, TOC_SIZE, contentWidth(), rightToLeft);
        composer.page().items.add(new TextItem(line, SIDE_MARGIN, baseline, TOC_SIZE, 0,
                StructureTree.block("P", title, language())));
        float[] space = extentOf(line, leader);
        if (space != null && space[1] - space[0] > TOC_SIZE) {
            composer.page().items.add(new LeaderItem(SIDE_MARGIN + space[0] + TOC_SIZE * 0.4f,
                    SIDE_MARGIN + space[1] - TOC_SIZE * 0.4f, baseline));
        }
    }

    /** Where the glyph of one character stands on a set line, from its left edge to where the next glyph starts. */
    private static float[] extentOf(SetLine line, int character) {
        for (int r = 0; r < line.runs().size(); r++) {
            ShapedRun run = line.runs().get(r);
            float[] xs = line.xs().get(r);
            for (int g = 0; g < xs.length; g++) {
                if (run.charStart()[g] == character) {
                    float next = g + 1 < xs.length ? xs[g + 1] : r + 1 < line.runs().size()
                            && line.xs().get(r + 1).length > 0 ? line.xs().get(r + 1)[0] : line.width();
                    return new float[] {xs[g], next};
                }
            }
        }
        return null;
    }

    /**
     * A date in brackets, isolated in its own direction (U+2067 or U+2066 … U+2069): inside a title of the other
     * direction its day, month and year would otherwise be reordered as parts of the title ({@code (يوليو 2015 24}).
     */
    static String dateInIsolate(String date) {
        return isolated("(" + date + ")");
    }

    /**
     * A piece of text isolated in the direction of most of its words (U+2067 or U+2066 … U+2069), so that it neither
     * takes nor gives direction to what stands around it: a title or a name placed in a line of the document's own
     * direction (a Latin title in an Arabic contents line would otherwise draw its date and page number into its
     * left-to-right run).
     */
    static String isolated(String text) {
        char isolate = ParagraphDirection.isRightToLeft(text) ? '\u2067' : '\u2066';
        return isolate + text + '\u2069';
    }

    /**
     * A title as shown, bookmarked and described: at most {@value #TITLE_LIMIT} characters, cut at a space with an
     * ellipsis. Import accepts titles of any length; a page of heading helps nobody, and each character shown costs
     * layout work.
     */
    static String bounded(String title) {
        if (title.length() <= TITLE_LIMIT) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_LIMIT);
        if (cut <= TITLE_LIMIT / 2) {
            // No space to cut at: cut between characters, never inside one (an emoji is two UTF-16 units).
            cut = Character.isHighSurrogate(title.charAt(TITLE_LIMIT - 1)) ? TITLE_LIMIT - 1 : TITLE_LIMIT;
        }
        return title.substring(0, cut).stripTrailing() + "…";
    }

    /** Characters of a text that can matter on one line: more than fit at a tenth of an em each are never shown. */
    private static int maxCharactersOnALine(float size, float width) {
        return (int) Math.ceil(width / (size * 0.1f)) + 1;
    }

    /**
     * The longest beginning of a text, in whole words, that fits on one line at this size, with an ellipsis when
     * words were dropped (a single word too long is cut between characters). Linear in what fits: the text is first
     * cut to what could fit at all, then the number of words is found by halving, each try setting at most a line.
     */
    static String shortened(TextSetter setter, String text, float size, float width) {
        int limit = maxCharactersOnALine(size, width);
        String candidate = text.length() > limit ? text.substring(0, limit) : text;
        if (candidate.length() == text.length() && fits(setter, text, size, width)) {
            return text;
        }
        List<Integer> wordEnds = new ArrayList<>();
        for (int i = 1; i < candidate.length(); i++) {
            if (candidate.charAt(i) == ' ' && candidate.charAt(i - 1) != ' ') {
                wordEnds.add(i);
            }
        }
        int low = 0; // words that surely fit (0: none)
        int high = wordEnds.size();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (fits(setter, candidate.substring(0, wordEnds.get(middle - 1)) + "…", size, width)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low > 0) {
            return candidate.substring(0, wordEnds.get(low - 1)) + "…";
        }
        // Not even the first word fits: cut it between characters, again by halving.
        int lowChars = 0;
        int highChars = wordEnds.isEmpty() ? candidate.length() : wordEnds.getFirst();
        while (lowChars < highChars) {
            int middle = (lowChars + highChars + 1) / 2;
            if (fits(setter, candidate.substring(0, middle) + "…", size, width)) {
                lowChars = middle;
            } else {
                highChars = middle - 1;
            }
        }
        return candidate.substring(0, Math.max(1, lowChars)) + "…";
    }

    private static boolean fits(TextSetter setter, String text, float size, float width) {
        List<SetLine> lines = setter.set(text, size, width, false);
        return lines.size() <= 1;
    }

    /** The text shortened to one line (see {@link #shortened}) and set. */
    private static SetLine shorten(TextSetter setter, String text, float size, float width) {
        return setter.set(shortened(setter, text, size, width), size, width, false).getFirst();
    }

    @SuppressWarnings("deprecation") // artifacts opened with raw BMC/EMC, as the glyph writer does
    private PDPage render(PDDocument document, GlyphWriter glyphs, StructureTree structure, PageModel model, int number,
                          int count, boolean withHeader) throws IOException {
        PDPage page = new PDPage(new PDRectangle(width(), height()));
        document.addPage(page);
        TextSetter small = new TextSetter(regular, fallback, symbols);
        SetLine name = null;
        SetLine title = null;
        if (withHeader && model.header != null) {
            name = small.set(options.archiveName(), SMALL_SIZE, 140, false).getFirst();
            title = shorten(small, model.header, SMALL_SIZE, contentWidth() - 170);
        }
        SetLine footer = small.set(label("page", number), 9, 100, false).getFirst();
        List<SetLine> lines = new ArrayList<>(List.of(footer));
        model.items.stream().filter(TextItem.class::isInstance).forEach(item -> lines.add(((TextItem) item).line()));
        if (title != null) {
            lines.add(title);
            lines.add(name);
        }
        boolean readRightToLeft = ReadingOrder.readByPopplerRightToLeft(lines);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            for (Item item : model.items) {
                if (item instanceof MarkItem mark) {
                    content.appendRawCommands(StructureTree.ARTIFACT);
                    // A word matching only through the query word's stem lighter, as in the window and snippets.
                    float[] colour = mark.kind() == Snippet.Kind.STEM_ONLY ? STEM_ONLY_MARK : EXACT_MARK;
                    content.setNonStrokingColor(colour[0], colour[1], colour[2]);
                    content.addRect(mark.x(), mark.y(), mark.width(), mark.height());
                    content.fill();
                    content.appendRawCommands("EMC\n");
                }
            }
            for (Item item : model.items) {
                switch (item) {
                    case TextItem text -> {
                        content.setNonStrokingColor(text.grey(), text.grey(), text.grey());
                        glyphs.draw(content, text.line(), text.x(), text.baseline(), text.size(),
                                structure.begin(page, text.block()), readRightToLeft);
                    }
                    case RuleItem rule -> {
                        content.appendRawCommands(StructureTree.ARTIFACT);
                        content.setStrokingColor(0.75f, 0.75f, 0.75f);
                        content.setLineWidth(0.6f);
                        content.moveTo(rule.x1(), rule.y());
                        content.lineTo(rule.x2(), rule.y());
                        content.stroke();
                        content.appendRawCommands("EMC\n");
                    }
                    case LeaderItem leader -> {
                        // Round dots: a dashed line of zero-length dashes with round caps.
                        content.appendRawCommands(StructureTree.ARTIFACT);
                        content.saveGraphicsState();
                        content.setStrokingColor(0.55f, 0.55f, 0.55f);
                        content.setLineWidth(1.1f);
                        content.setLineCapStyle(1);
                        content.setLineDashPattern(new float[] {0, 3.6f}, 0);
                        float start = leader.x2() - (float) Math.floor((leader.x2() - leader.x1()) / 3.6f) * 3.6f;
                        content.moveTo(start, leader.y() + 1.5f);
                        content.lineTo(leader.x2(), leader.y() + 1.5f);
                        content.stroke();
                        content.restoreGraphicsState();
                        content.appendRawCommands("EMC\n");
                    }
                    case MarkItem mark -> {
                        // drawn first, behind the text
                    }
                }
            }
            content.setNonStrokingColor(0.45f, 0.45f, 0.45f);
            if (title != null) {
                float headerY = height() - 44;
                glyphs.draw(content, title, SIDE_MARGIN + contentWidth() - title.width(), headerY, SMALL_SIZE,
                        StructureTree.ARTIFACT, readRightToLeft);
                glyphs.draw(content, name, SIDE_MARGIN, headerY, SMALL_SIZE, StructureTree.ARTIFACT, readRightToLeft);
                content.appendRawCommands(StructureTree.ARTIFACT);
                content.setStrokingColor(0.8f, 0.8f, 0.8f);
                content.setLineWidth(0.4f);
                content.moveTo(SIDE_MARGIN, headerY - 6);
                content.lineTo(SIDE_MARGIN + contentWidth(), headerY - 6);
                content.stroke();
                content.appendRawCommands("EMC\n");
            }
            glyphs.draw(content, footer, (width() - footer.width()) / 2, 40, 9, StructureTree.ARTIFACT,
                    readRightToLeft);
        }
        return page;
    }
}
