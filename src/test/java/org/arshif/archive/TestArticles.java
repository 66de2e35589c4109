package org.arshif.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.arshif.importer.BundledSeeds;
import org.arshif.model.Article;

/** Small Arabic articles written for the tests (not taken from any corpus). */
public final class TestArticles {

    /** A wire story as one paper printed it (our own text). */
    public static final String STORY = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة تبوك بسعة ثلاثمئة سرير، "
            + "ويضم المستشفى أقساماً للطوارئ والعناية المركزة وجراحة القلب. وقال المتحدث باسم الوزارة إن "
            + "المشروع جزء من خطة لرفع عدد الأسرة في المناطق الشمالية، وإن العمل بدأ قبل ثلاث سنوات بكلفة "
            + "بلغت أربعمئة مليون ريال. وأضاف أن المستشفى سيستقبل المرضى مطلع الشهر المقبل بعد اكتمال تجهيزه.";

    /** The same story from a second paper: a new opening sentence, marks and a spelling variant. */
    public static final String SAME_STORY_EDITED = "افتتحت وزارة الصحة مستشفى تبوك الجديد. "
            + "ويضم المستشفى أقساماً للطوارئ والعناية المركزة وجراحة القلب. وقال المتحدث باسم الوزارة إن "
            + "المشروع جزء من خطة لرفع عدد الأسرّة في المناطق الشمالية، وإن العمل بدأ قبل ثلاث سنوات بكلفة "
            + "بلغت اربعمئة مليون ريال. وأضاف أن المستشفى سيستقبل المرضى مطلع الشهر المقبل بعد اكتمال تجهيزه.";

    /** Another article on the same subject, written separately. */
    public static final String SAME_SUBJECT = "زار أمير منطقة تبوك مستشفى المدينة الجديد قبل افتتاحه، واطلع على أقسام "
            + "الطوارئ والعناية المركزة، واستمع إلى شرح عن خطة وزارة الصحة لرفع عدد الأسرة في المنطقة. "
            + "وأكد الأمير أن المستشفى سيخدم سكان المحافظات المجاورة ويخفف الضغط عن المستشفيات القائمة.";

    private TestArticles() {
    }

    public static Article article(String id, String title, LocalDate date, String source, String... paragraphs) {
        return new Article(id, title, false, date, source, "", "", List.of(paragraphs), "test#" + id);
    }

    /** A handful of dated articles from three sources, plus one undated. */
    public static List<Article> sample() {
        return List.of(
                article("geneva", "جولة جديدة في جنيف", LocalDate.of(2017, 11, 28), "الحياة",
                        "انطلقت في جنيف جولة جديدة من المفاوضات بين وفدي الحكومة والمعارضة السورية.",
                        "وقال المبعوث الدولي إن وقف القتال شرط لنجاح المحادثات."),
                article("sochi", "مؤتمر سوتشي", LocalDate.of(2018, 1, 30), "سبوتنيك",
                        "عقد في سوتشي مؤتمر الحوار الوطني السوري برعاية روسيا."),
                article("oil", "أسعار النفط ترتفع", LocalDate.of(2017, 10, 1), "الاقتصادية",
                        "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج."),
                article("oil-2", "النفط يتراجع", LocalDate.of(2017, 10, 31), "الاقتصادية",
                        "تراجعت أسعار النفط في ختام تعاملات الأسبوع."),
                article("undated", "مقال بلا تاريخ عن أستانا", null, "",
                        "مقال رأي عن مسار أستانا لا يحمل تاريخاً."));
    }

    public static ArticleSource sourceOf(List<Article> articles) {
        return sink -> articles.forEach(sink::accept);
    }

    /** The bundled seed article's id. */
    public static final String SEED_ID = "000_3e452db34f5d0aa1";

    public static ArticleSource seeds() {
        return new BundledSeeds();
    }

    /** Imports the seed and the sample into the archive. */
    public static void fill(Archive archive) throws IOException {
        archive.importArticles(seeds(), ImportMonitor.NONE);
        archive.importArticles(sourceOf(sample()), ImportMonitor.NONE);
    }
}
