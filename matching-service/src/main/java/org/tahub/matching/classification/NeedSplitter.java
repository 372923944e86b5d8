package org.tahub.matching.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tahub.languages.TextLanguage;

/**
 * A paragraph read as the needs it holds, as national reports are written ("analysts for the FIU; equipment to detect
 * forged documents at the border; a bill that criminalises financing"): the text is divided into sentences and
 * clauses ({@link NeedSegments}), each is classified, and what belongs together is joined again:
 * <ul>
 *   <li>a segment that asks for nothing (no word of need, lack or assistance in its language: "The unit was set up
 *       by decree in 2003.") is context, and joins the need that follows it (or the one before, at the end);</li>
 *   <li>a segment read as the same area and the same activity as the one before it continues that need.</li>
 * </ul>
 * Each need keeps the span of the text it came from and is classified as a whole. A text that holds one need is one
 * need, its span the whole text.
 */
public final class NeedSplitter {

    /** One need found in a text: where it is, and what it most likely means. */
    public record Part(NeedSegments.Segment span, Classification classification) {
    }

    /**
     * Words (or the beginnings of words) by which a sentence asks for something or says what is lacking, per
     * language, lower case. A segment with none of them is context, not a need.
     */
    static final Map<String, List<String>> NEED_WORDS = Map.of(
            "en", List.of("need", "require", "request", "lack", "assist", "help", "support", "train", "equip",
                    "capacit", "guidance", "advice", "advis", "expert", "no ", "not ", "don't", "doesn't", "can't", "haven't", "hasn't", "isn't", "aren't", "without", "insufficien",
                    "inadequa", "weak", "unable", "cannot", "must", "should", "would like", "seek", "want", "missing",
                    "gap", "shortage", "develop", "establish", "strengthen", "improve", "draft", "review", "set up"),
            "fr", List.of("besoin", "nécessit", "demand", "manque", "assistance", "aide", "appui", "soutien",
                    "formation", "former", "équip", "matériel", "capacit", "conseil", "expert", "pas ", "aucun", "sans ",
                    "insuffisan", "faible", "incapable", "ne peut", "doit", "devr", "souhait", "sollicit", "lacune",
                    "fait défaut", "font défaut", "renforc", "améliorer", "élabor", "mettre en place", "mise en place",
                    "réviser", "rédig"),
            "es", List.of("necesi", "requier", "requer", "solicit", "falta", "carec", "asistencia", "ayuda", "apoyo",
                    "capacita", "formación", "formar", "equip", "capacidad", "asesor", "expert", "no ", "ningún",
                    "ninguna", "sin ", "insuficien", "débil", "incapa", "debe", "deber", "desea", "quisiera", "deficien",
                    "laguna", "fortalec", "mejorar", "elaborar", "establecer", "revisar", "redact"),
            "ru", List.of("нужд", "нужн", "необходим", "требу", "прос", "нехват", "недостат", "отсутств", "помощ",
                    "содейств", "поддержк", "обучен", "подготовк", "оборудован", "потенциал", "консульт", "эксперт",
                    "не ", "нет ", "без ", "слаб", "долж", "хотел", "пробел", "укреп", "совершенств", "разработ",
                    "создан", "создать", "пересмотр"),
            "ar", List.of("نحتاج", "يحتاج", "تحتاج", "حاجة", "بحاجة", "احتياج", "نطلب", "طلب", "يفتقر", "نفتقر",
                    "تفتقر", "نقص", "عدم", "مساعد", "دعم", "تدريب", "معدات", "قدرات", "مشورة", "خبر", "لا ", "ليس",
                    "لم ", "دون", "غير كاف", "ضعف", "نرغب", "نود", "يجب", "ثغر", "تعزيز", "تحسين", "إعداد", "صياغة",
                    "إنشاء", "مراجعة"),
            "zh", List.of("需要", "需", "要求", "请求", "申请", "缺乏", "缺少", "不足", "没有", "无法", "尚未", "未能",
                    "协助", "援助", "帮助", "支持", "培训", "设备", "能力", "咨询", "专家", "希望", "必须", "薄弱", "空白",
                    "加强", "改进", "起草", "建立", "审查", "制定"));

    private final NeedClassifier classifier;
    private final TextLanguage languages;

    public NeedSplitter(NeedClassifier classifier, TextLanguage languages) {
        this.classifier = classifier;
        this.languages = languages;
    }

    /** The needs {@code text} holds, in the order of the text, each classified with {@code limit} items. */
    public List<Part> split(String text, int limit) {
        return split(text, limit, null);
    }

    /**
     * As {@link #split(String, int)}, for a text whose writer said which UN language it is in: every part is read in
     * it. With {@code given} null, the paragraph's language is detected, and each part's again.
     */
    public List<Part> split(String text, int limit, String given) {
        String language = given != null ? given : languages.of(text);
        List<NeedSegments.Piece> pieces = joinFragments(text, NeedSegments.pieces(text, language), language);
        if (pieces.size() <= 1) {
            NeedSegments.Segment whole = pieces.isEmpty() ? new NeedSegments.Segment(0, text.length())
                    : pieces.get(0).span();
            return List.of(new Part(whole, classifier.classify(text, limit, given)));
        }
        List<Group> groups = new ArrayList<>();
        NeedSegments.Segment context = null;
        for (NeedSegments.Piece piece : pieces) {
            NeedSegments.Segment segment = piece.span();
            String part = segment.of(text);
            // Context: what opens a list, or a sentence of its own that asks for nothing. An item of a list is a
            // need even in a few words without a verb ("the protection of judges").
            if (NeedSegments.opensList(text, segment) || piece.wholeSentence() && !asksForSomething(part, language)) {
                context = context == null ? segment : new NeedSegments.Segment(context.start(), segment.end());
                continue;
            }
            Classification c = classifier.classify(part, limit, given);
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && context == null && continues(last.last, piece, part, c, language)) {
                last.end = segment.end();
                last.last = c;
                last.asClassified = false;
            } else {
                Group g = new Group(context == null ? segment.start() : context.start(), segment.end(), c);
                g.asClassified = context == null;
                groups.add(g);
            }
            context = null;
        }
        if (groups.isEmpty()) {
            return List.of(new Part(new NeedSegments.Segment(pieces.get(0).span().start(),
                    pieces.get(pieces.size() - 1).span().end()), classifier.classify(text, limit, given)));
        }
        if (context != null) {
            Group last = groups.get(groups.size() - 1);
            last.end = context.end();
            last.asClassified = false;
        }
        List<Part> parts = new ArrayList<>();
        for (Group g : groups) {
            NeedSegments.Segment span = new NeedSegments.Segment(g.start, g.end);
            parts.add(new Part(span, g.asClassified ? g.last : classifier.classify(span.of(text), limit, given)));
        }
        return parts;
    }

    /**
     * Whether a piece read as {@code next} goes on with the need whose last piece was read as {@code previous}.
     * Across a comma or a coordinating word, unless both read clearly as needs of different areas; across a
     * sentence or a semicolon, when it reads as the same activity, or refers back to what came before ("This
     * assistance should include…").
     */
    private static boolean continues(Classification previous, NeedSegments.Piece piece, String part,
                                     Classification next, String language) {
        boolean sameArea = previous.topArea() != null && previous.topArea().equals(next.topArea());
        if (addsAnother(part, language)) {
            return false;
        }
        if (!piece.cut().hard()) {
            return sameArea || weak(previous) || weak(next);
        }
        if (refersBack(part, language)) {
            return true;
        }
        String activity = previous.activities().isEmpty() ? null : previous.activities().get(0).code();
        String nextActivity = next.activities().isEmpty() ? null : next.activities().get(0).code();
        return sameArea && (activity == null || activity.equals(nextActivity));
    }

    /** Below this score for its first area, a piece says too little to be a need of its own. */
    static final double WEAK = 0.3;

    private static boolean weak(Classification c) {
        return c.areas().isEmpty() || c.areas().get(0).score() < WEAK;
    }

    /** Words by which a sentence starts by pointing back at what was said before it, per language, lower case. */
    static final Map<String, List<String>> BACK_REFERENCES = Map.of(
            "en", List.of("this ", "these ", "such ", "those ", "to that end", "for that purpose"),
            "fr", List.of("ce ", "cet ", "cette ", "ces ", "à cette fin", "pour ce faire"),
            "es", List.of("este ", "esta ", "estos ", "estas ", "ese ", "esa ", "esos ", "esas ", "dicho", "dicha",
                    "para ello", "con ese fin"),
            "ru", List.of("это ", "эта ", "этот ", "эти ", "такой", "такая", "такие", "такое", "для этого",
                    "с этой целью"),
            "ar", List.of("هذا", "هذه", "وهذا", "وهذه", "ولهذا الغرض", "لهذا الغرض", "ويشمل", "وتشمل"),
            "zh", List.of("这些", "这种", "这项", "这一", "此类", "上述", "为此"));

    /**
     * Words by which a piece says that it adds another request ("also", "moreover", "finally"), per language, lower
     * case: such a piece starts a need of its own.
     */
    static final Map<String, List<String>> ADDITIONS = Map.of(
            "en", List.of("also", "moreover", "in addition", "additionally", "furthermore", "finally", "lastly",
                    "another", "second", "third"),
            "fr", List.of("aussi", "également", "en outre", "de plus", "par ailleurs", "enfin", "d'autre part",
                    "ensuite"),
            "es", List.of("también", "además", "asimismo", "por último", "finalmente", "por otra parte"),
            "ru", List.of("также", "кроме того", "помимо этого", "наконец", "вместе с тем", "кроме этого"),
            "ar", List.of("أيضا", "أيضاً", "كذلك", "كما ", "إضافة إلى", "بالإضافة إلى", "وأخيرا", "وأخيراً",
                    "فضلا عن", "فضلاً عن"),
            "zh", List.of("此外", "另外", "还", "同时", "最后", "另一", "其次", "也"));

    /** Whether the piece says, in its first words, that it adds another request. */
    static boolean addsAnother(String part, String language) {
        String lower = " " + part.toLowerCase(Locale.ROOT);
        String head = lower.length() > 48 ? lower.substring(0, 48) : lower;
        boolean anywhere = language.equals("ar") || language.equals("zh");
        for (String w : ADDITIONS.getOrDefault(language, ADDITIONS.get("en"))) {
            int at = head.indexOf(w);
            if (at >= 0 && (anywhere || !Character.isLetter(head.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean refersBack(String part, String language) {
        String lower = part.toLowerCase(Locale.ROOT).stripLeading();
        for (String w : BACK_REFERENCES.getOrDefault(language, BACK_REFERENCES.get("en"))) {
            if (lower.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pieces too short to be a need of their own ("judges" of "training for judges, prosecutors and police") join the
     * piece before them (the first one, the piece after it).
     */
    static List<NeedSegments.Piece> joinFragments(String text, List<NeedSegments.Piece> pieces, String language) {
        List<NeedSegments.Piece> out = new ArrayList<>();
        for (NeedSegments.Piece p : pieces) {
            NeedSegments.Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joinable = last != null && !NeedSegments.opensList(text, last.span())
                    && p.cut() != NeedSegments.Cut.SENTENCE;
            if (joinable && (words(p.span().of(text), language) < MIN_WORDS
                    || words(last.span().of(text), language) < MIN_WORDS)) {
                out.set(out.size() - 1, new NeedSegments.Piece(new NeedSegments.Segment(last.span().start(),
                        p.span().end()), last.cut(), last.wholeSentence() && p.wholeSentence()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A need is stated in this many words at least (Chinese: characters, counted as two to a word). */
    static final int MIN_WORDS = 4;

    private static int words(String segment, String language) {
        if (language.equals("zh")) {
            return (int) segment.codePoints().filter(Character::isLetter).count() / 2;
        }
        int n = 0;
        for (String w : segment.split("[\\s\\p{Punct}]+")) {
            if (!w.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the segment asks for something or says what is lacking (else it is context). A word counts where a word
     * starts ("formation" is not found in "informations"), except in Arabic, which writes its conjunctions and
     * prepositions onto the word ("وتدريب"), and Chinese, which has no spaces.
     */
    static boolean asksForSomething(String segment, String language) {
        String lower = " " + segment.toLowerCase(Locale.ROOT) + " ";
        boolean anywhere = language.equals("ar") || language.equals("zh");
        for (String word : NEED_WORDS.getOrDefault(language, NEED_WORDS.get("en"))) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                if (anywhere || !Character.isLetter(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Segments joined into one need; its classification is that of its one segment while it has only that. */
    private static final class Group {
        final int start;
        int end;
        Classification last;
        boolean asClassified;

        Group(int start, int end, Classification first) {
            this.start = start;
            this.end = end;
            this.last = first;
        }
    }
}
