package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.arshif.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text layer read back by real extractors, gaps included: PDFBox's own {@link PDFTextStripper} always, and
 * poppler's {@code pdftotext} where it is installed. The review's phrases are checked in the text as extracted
 * (for pdftotext, with only the embeddings poppler adds to any right-to-left line set apart); each paragraph must
 * also come back verbatim — every word whole, in logical order — once the invisible direction controls are set aside.
 */
class PdfTextLayerTest {

    static final String LAM_KAF = "المملكة لكن الكبرى الإلكتروني مركز مشاركة حركة يؤكد وكذلك الدكتور ذكرى المالكي.";
    static final String TANWEEN = "وسلك بدلاً من ذلك طريقًا جديدًا، ومضى مسرعاً نحو مدينةٍ بعيدةٍ.";
    static final String VOWELED = "إِنَّ الَّذِينَ آمَنُوا وَعَمِلُوا الصَّالِحَاتِ كَانَتْ لَهُمْ جَنَّاتُ الْفِرْدَوْسِ نُزُلًا، "
            + "خَالِدِينَ فِيهَا لَا يَبْغُونَ عَنْهَا حِوَلًا.";
    static final String MIXED = "ارتفعت الصادرات بنسبة 20% من إجمالي العام الماضي، وبلغ عدد المشاركين (47) مشاركاً "
            + "من مدينة New York و«الرياض» في 24 يوليو 2015 بحسب تقرير iPhone الجديد.";
    static final String LATIN_FIRST = "Reuters: قالت وكالة الأنباء إن الاجتماع سينعقد في الرياض يوم الأحد المقبل "
            + "بحضور الوزراء والسفراء وممثلي الهيئات الدولية.";
    /** More Latin letters than Arabic ones, but an Arabic sentence: set right to left, so poppler reads it in order. */
    static final String LONG_LATIN_WORDS = "وذكرت وكالة Associated Press International Newswire أمس أن الاجتماع انتهى.";
    /** An interview's answer: poppler took the dash, which ends the first line on the right, for a hyphen. */
    static final String DASH_FIRST = "- بدل أن يجهز المشجع السعودي البسيط ثوبه الأنيق وحق تذكرة دخول المباراة زائد "
            + "ريال حق الشاي، يجب عليه أن يجهز بدلته ذات الكرفتة التي يساوي سعرها دخل عائلة تحب كرة القدم ناهيك عن "
            + "الجاكيت الرسمي والبنطال الحرير.";
    static final String NUMBERS = "وصل المؤشر إلى (47) نقطة في يوليو 2015 وارتفع بنسبة 20% وبلغت القيمة 3.5 مليار "
            + "و1,234,567 ريال بحسب «الرياض» وللاتصال +966 11 123 4567 اليوم.";
    /** Ends with a Latin word: PDFBox takes a line's direction from its first letter, the leftmost. */
    static final String LATIN_LAST = "قال رئيس الشركة إن الأرباح ارتفعت في الربع الثاني بحسب بيان Apple";
    /** Lines pdf.js cut at a word with tanween or a haraka (a 20-article export of «المملكة»). */
    static final String TANWEEN_IN_JUSTIFIED_LINES = "وأكد أن عاصفة الحزم وإعادة الأمل حققتا كثيراً من أهدافهما، "
            + "وكبحت لجام الانقلابيين، مشيراً إلى أنه قريباً ستعود الأمور إلى نصابها، وقد تم توزيع الموسوعة من قِبل "
            + "الفريق توفيق بن عبدالعزيز السديري، منوهاً بالتوضيحات الصادرة من رئاسة الجمهورية حفظاً لوحدة العراق، "
            + "ومتوقعاً طقساً شديد الحرارة على شرق المملكة وسماء غائمة جزئياً مع فرصة لتكون السحب الركامية، مبيناً أن "
            + "الوزارة استقبلت ما يزيد عن ستة ملايين معتمر هذا العام، وأن المملكة تحرق مليون برميل يومياً لإنتاج "
            + "الكهرباء سنوياً الأمر الذي جعلها تسعى لتصبح مصدرة للطاقة الشمسية تماماً كما تصدر النفط حالياً.";
    static final List<String> PARAGRAPHS = List.of(LAM_KAF, TANWEEN, VOWELED, MIXED, LATIN_FIRST, DASH_FIRST,
            LONG_LATIN_WORDS, NUMBERS, LATIN_LAST, TANWEEN_IN_JUSTIFIED_LINES);

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void export() throws IOException {
        Article article = new Article("t", "نص للتحقق من طبقة النص: المملكة (2015)", false, LocalDate.of(2015, 7, 24),
                "وكالة الأنباء", "", "", PARAGRAPHS, "test");
        pdf = dir.resolve("layer.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(article), Map.of(), pdf, ExportMonitor.NONE);
    }

    /** Bidi controls removed, white space runs made one space: the text's letters, digits and spaces alone. */
    static String plain(String text) {
        return text.replaceAll("[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]", "").replaceAll("\\s+", " ");
    }

    /** White space runs made one space, nothing else: the text as a search of the copied text sees it. */
    static String asExtracted(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ");
    }

    /** Poppler's own embeddings (U+202A-U+202C, which it writes into every right-to-left line of any PDF) removed. */
    static String withoutPopplersOwnControls(String text) {
        return asExtracted(text.replaceAll("[\u202A-\u202C]", ""));
    }

    /** Lam-kaf and tanween words of the review: whole words, as extracted, in both readers. */
    static final List<String> WHOLE_WORDS = List.of("المملكة", "لكن", "الكبرى", "الإلكتروني", "بدلاً", "طريقًا",
            "مدينةٍ");

    /**
     * The review's phrases as PDFBox gives them, controls and all (docs/pdf-text-layer.md says why each control is
     * there): verbatim where nothing else is written.
     */
    static final Map<String, String> AS_PDFBOX_GIVES_THEM = Map.of(
            "يوليو 2015", "يوليو 2015 وارتفع",
            "3.5 مليار", "3.5 مليار",
            "1,234,567 ريال", "1,234,567 ريال",
            // poppler needs a right-to-left mark between a separator and the number drawn beside it, and a mark
            // inside a word can only stand where PDFBox reads it too
            "بنسبة 20%", "بنسبة 20\u200F%",
            "+966 11 123 4567", "+\u200F966 11 123 4567",
            // PDFBox mirrors a bracket of right-to-left text unless it stands in an isolate
            "إلى (47) نقطة", "إلى \u2069(\u206647\u200F\u2069)\u2066 نقطة",
            "«الرياض»", "\u2069«\u2066الرياض\u2069»\u2066",
            // PDFBox takes a line's direction from its leftmost letter: a line ending in a Latin word needs a mark
            "بيان Apple", "بيان Apple\u061C");

    @Test
    void pdfBoxGivesBackTheReviewsPhrasesAsExtracted() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = asExtracted(new PDFTextStripper().getText(document));
            for (String word : WHOLE_WORDS) {
                assertTrue((" " + text + " ").contains(" " + word + " "), "PDFBox lost «" + word + "» in\n" + text);
            }
            assertTrue(text.contains("وذكرت وكالة Associated Press International Newswire أمس"), text);
            AS_PDFBOX_GIVES_THEM.forEach((phrase, given) -> assertTrue(text.contains(given),
                    "PDFBox gave «" + phrase + "» otherwise than " + visible(given) + " in\n" + visible(text)));
            // Marks that open a word are poppler's alone and not in PDFBox's text (before: one before every number,
            // Latin word and separator); those inside a word (20‏%, +‏966, 47‏) and after a dash still are.
            long marks = text.chars().filter(c -> c == ReadingOrder.RLM).count();
            assertTrue(marks <= 8, marks + " right-to-left marks in\n" + visible(text));
        }
    }

    /** The review's phrases as pdftotext gives them once poppler's own embeddings are set apart. */
    static final Map<String, String> AS_POPPLER_GIVES_THEM = Map.of(
            "يوليو 2015", "يوليو 2015\u200F",
            // poppler reads a stretch of digits and separators from its last digit to the next right-to-left letter
            // on its left: the mark that closes it ends up behind the number (TextOutputDev.cc, reorderText)
            "بنسبة 20%", "بنسبة 20\u200F%\u200F",
            "3.5 مليار", "3.5\u200F مليار",
            "1,234,567 ريال", "1,234,567\u200F ريال",
            "+966 11 123 4567", "+\u200F966\u200F 11\u200F 123\u200F 4567",
            "إلى (47) نقطة", "إلى \u2069(\u206647\u200F\u2069)\u2066 نقطة",
            "«الرياض»", "\u2069«\u2066الرياض\u2069»\u2066",
            "بيان Apple", "بيان Apple\u061C");

    @Test
    void pdftotextGivesBackTheReviewsPhrasesWithOnlyItsOwnControlsRemoved() throws IOException, InterruptedException {
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        String text = withoutPopplersOwnControls(poppler);
        for (String word : WHOLE_WORDS) {
            assertTrue((" " + text + " ").contains(" " + word + " "), "pdftotext lost «" + word + "» in\n" + text);
        }
        AS_POPPLER_GIVES_THEM.forEach((phrase, given) -> assertTrue(text.contains(given),
                "pdftotext gave «" + phrase + "» otherwise than " + visible(given) + " in\n" + visible(text)));
    }

    /** Controls shown by their code, for messages. */
    static String visible(String text) {
        return text.replaceAll("([\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069])", "<$1>").codePoints()
                .mapToObj(cp -> ReadingOrder.isDirectionControl(cp) ? String.format("%04X", cp) : Character.toString(cp))
                .reduce("", String::concat);
    }

    /** With the direction controls set aside, each paragraph comes back whole from both readers, gaps included. */
    @Test
    void everyParagraphComesBackOnceTheControlsAreSetAside() throws IOException, InterruptedException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = plain(new PDFTextStripper().getText(document));
            for (String paragraph : PARAGRAPHS) {
                assertTrue(text.contains(paragraph), "PDFBox lost\n" + paragraph + "\nin\n" + text);
            }
            assertTrue(text.contains("نص للتحقق من طبقة النص: المملكة (2015)"), text);
        }
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        for (String paragraph : PARAGRAPHS) {
            assertTrue(plain(poppler).contains(paragraph), "pdftotext lost\n" + paragraph + "\nin\n" + plain(poppler));
        }
    }

    @Test
    void drawnGlyphsCarryNoTextOfTheirOwn() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            // Amiri's glyph ids read as characters would land far outside Arabic, Latin and punctuation.
            assertTrue(text.codePoints().allMatch(cp -> cp < 0x0800 || (cp >= 0x2000 && cp <= 0x206F)),
                    "stray characters: " + text);
        }
    }

    @Test
    void aParagraphOpeningWithALatinWordIsSetRightToLeft() throws IOException {
        List<TextPosition> reuters = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (text.contains("Reuters")) {
                        positions.stream().filter(p -> "R".equals(p.getUnicode())).forEach(reuters::add);
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            float pageWidth = document.getPage(0).getMediaBox().getWidth();
            assertEquals(1, reuters.size());
            // Right to left: the paragraph's first word stands at the right edge, not the left.
            assertTrue(reuters.getFirst().getX() > pageWidth * 0.75f, "Reuters at x " + reuters.getFirst().getX());
        }
    }

    /**
     * What pdf.js (Firefox's reader) needs to read a line as one item, in order: it skips direction controls without
     * moving on (so they must take no room), reads a gap of 0.102 to 0.6 em between words as a space inside the
     * line (a wider one ends the item), and attaches a mark to what it follows in the stream, so a word that opens
     * with a mark (بدلاً written left to right) must follow the previous word by less than 0.102 em (poppler still
     * needs 0.03 em to see a space). pdf.js moves on by nothing for a combining mark, whatever its width: the gap it
     * sees after a word is the gap and the room of the word's marks (قريبًا، قِبل cut 27 of 352 lines of a
     * 20-article export into items it gave left to right). Words of five marks or more (a fully voweled passage)
     * still take too much room for that (docs/pdf-text-layer.md).
     */
    @Test
    void wordGapsAreSpacesThatPdfJsKeepsInsideTheLine() throws IOException {
        List<TextPosition> layer = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().equals("\u0000")) {
                        layer.add(text);
                    }
                }
            }.getText(document);
        }
        int gaps = 0;
        int beforeMarks = 0;
        int afterMarks = 0;
        TextPosition lastVisible = null;
        boolean spaceSince = false;
        float marksRoom = 0; // the room of the last word's marks, which pdf.js does not move on by
        int marks = 0;
        for (TextPosition text : layer) {
            int cp = text.getUnicode().codePointAt(0);
            if (ReadingOrder.isDirectionControl(cp)) {
                assertEquals(0f, text.getWidthDirAdj(), 0.001f, "a direction control takes no room");
                continue;
            }
            if (lastVisible != null && Math.abs(lastVisible.getYDirAdj() - text.getYDirAdj()) > 0.5f) {
                lastVisible = null; // a new line
            }
            if (cp == ' ') {
                spaceSince = lastVisible != null;
                continue;
            }
            boolean mark = Character.getType(cp) == Character.NON_SPACING_MARK;
            if (lastVisible != null && spaceSince) {
                float size = text.getFontSizeInPt();
                float gap = (text.getXDirAdj() - (lastVisible.getXDirAdj() + lastVisible.getWidthDirAdj())) / size;
                float seen = gap + marksRoom / size;
                if (mark) {
                    beforeMarks++;
                    assertTrue(gap > 0.03f && gap <= 0.102f, "before a word opening with a mark: " + gap + " em");
                } else {
                    gaps++;
                    assertTrue(gap > 0.03f, "between words: " + gap + " em before " + text);
                    assertTrue(seen > 0.102f && (marks > 4 || seen < 0.6f), "between words, as pdf.js sees it: "
                            + seen + " em before " + text + " after a word of " + marks + " marks");
                    afterMarks += marks > 0 ? 1 : 0;
                }
            }
            if (lastVisible == null || spaceSince) {
                marksRoom = 0;
                marks = 0;
            }
            if (mark) {
                marksRoom += text.getWidthDirAdj();
                marks++;
            }
            spaceSince = false;
            lastVisible = text;
        }
        assertTrue(gaps > 100 && beforeMarks >= 4 && afterMarks >= 10,
                gaps + " gaps, " + beforeMarks + " before marks, " + afterMarks + " after words with marks");
    }

    /** An emoji in a right-to-left line came back from PDFBox with its two UTF-16 units swapped (a broken string). */
    @Test
    void anEmojiInARightToLeftLineComesBackWhole() throws IOException {
        Article article = new Article("emoji", "رموز", false, LocalDate.of(2015, 7, 24), "س", "", "",
                List.of("شكراً للجميع 👍 وإلى اللقاء ♥ غداً 👍 مع تحياتنا"), "test");
        Path emoji = dir.resolve("emoji.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(article), Map.of(), emoji, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(emoji.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertTrue(!Character.isSurrogate(c) || (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(++i))), "a broken pair at " + i + " in " + text);
            }
        }
    }
}
