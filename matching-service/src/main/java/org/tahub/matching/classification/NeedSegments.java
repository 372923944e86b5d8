package org.tahub.matching.classification;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text that may hold several needs divides, before anything is classified: into sentences (the JDK's
 * {@link BreakIterator} for the text's language, which knows each script's full stops, {@code 。} and {@code ؟}
 * included), then each sentence into clauses where national reports put one need after another: at a semicolon
 * ({@code ;}, {@code ；}, {@code ؛}), at a colon that opens a list, at commas, and at a coordinating word between two
 * requests ("… and to …", "… et pour …", "… y para …", "…، وإلى …"). Each piece says which kind of cut comes before
 * it: {@link NeedSplitter} keeps a hard cut (a sentence, a semicolon) unless what follows continues the same need,
 * and a soft one (a comma, a coordinating word) only when both sides read as different needs. Pieces are spans of
 * the text, leading and trailing spaces and list punctuation left out.
 */
public final class NeedSegments {

    /** A part of the text: {@code text.substring(start, end)}. */
    public record Segment(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** What separates a piece from the one before it, strongest first. */
    public enum Cut {
        /** The first piece of the text. */
        START,
        /** A new sentence. */
        SENTENCE,
        /** A semicolon. */
        SEMICOLON,
        /** A colon that opens a list. */
        COLON,
        /** A comma, or a comma and a coordinating word. */
        COMMA,
        /** A coordinating word without a comma, before a new request ("and to", "et pour"). */
        COORDINATION;

        /** Whether the writer marked a new item here as clearly as punctuation between needs does. */
        public boolean hard() {
            return this == START || this == SENTENCE || this == SEMICOLON || this == COLON;
        }
    }

    /**
     * A piece of the text: its span, the cut before it, and whether it is a whole sentence (no clause cut inside
     * the sentence it belongs to).
     */
    public record Piece(Segment span, Cut cut, boolean wholeSentence) {
    }

    /** At most this many pieces are made; the rest of the text stays in the last one. */
    public static final int MAX_SEGMENTS = 16;

    private static final Pattern SEMICOLON = Pattern.compile("[;；؛]");
    private static final Pattern COLON = Pattern.compile("[:：]\\s*(?=\\S)");
    private static final Pattern COMMA = Pattern.compile("[,，،]");
    /**
     * A coordinating word that starts a new request rather than joining two nouns: followed by the preposition or
     * verb form a request starts with.
     */
    private static final Map<String, Pattern> COORDINATION = Map.of(
            "en", Pattern.compile("\\s(?=and (?:to|on|for|in|with|help|assistance|support|training|advice|the)\\s)",
                    Pattern.CASE_INSENSITIVE),
            "fr", Pattern.compile("\\s(?=et (?:pour|de|d'|à|au|aux|la|le|les|l'|un|une|des)\\S*)",
                    Pattern.CASE_INSENSITIVE),
            "es", Pattern.compile("\\s(?=(?:y|e) (?:para|de|del|a|al|en|la|el|los|las|un|una)\\s)",
                    Pattern.CASE_INSENSITIVE),
            "ru", Pattern.compile("\\s(?=(?:и|а также) (?:в|во|на|для|по|с|со|о|об)\\s)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            "ar", Pattern.compile("\\s(?=و(?:إلى|في|على|ل|ب)\\S*)"),
            "zh", Pattern.compile("(?=以及|并且|同时)"));
    /**
     * Words after a comma that open a clause belonging to what comes before it (a reason, a relative clause, an
     * example: "help with a bill, since our code does not…"): no cut there.
     */
    private static final Map<String, List<String>> SUBORDINATE = Map.of(
            "en", List.of("since", "because", "as", "which", "who", "whose", "where", "that", "so that", "in order",
                    "including", "especially", "particularly", "such as", "e.g", "i.e", "whereas", "while"),
            "fr", List.of("car", "parce que", "puisque", "qui", "que", "dont", "où", "afin", "notamment",
                    "en particulier", "y compris", "comme", "lequel", "laquelle", "lesquels", "lesquelles"),
            "es", List.of("porque", "ya que", "puesto que", "que", "quien", "quienes", "cuyo", "cuya", "donde",
                    "para que", "a fin de", "en particular", "incluido", "incluida", "incluidos", "como", "el cual",
                    "la cual", "los cuales", "las cuales"),
            "ru", List.of("поскольку", "так как", "потому что", "который", "которая", "которое", "которые",
                    "которого", "которой", "которых", "где", "чтобы", "в том числе", "в частности", "особенно"),
            "ar", List.of("لأن", "حيث", "الذي", "التي", "الذين", "اللذين", "كي", "لكي", "بما في ذلك", "ولا سيما",
                    "لا سيما", "خاصة", "إذ"),
            "zh", List.of("因为", "由于", "以便", "其中", "包括", "尤其", "特别是", "从而"));
    private static final Map<String, Locale> LOCALES = Map.of("ar", Locale.forLanguageTag("ar"),
            "zh", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH, "fr", Locale.FRENCH,
            "ru", Locale.forLanguageTag("ru"), "es", Locale.forLanguageTag("es"));
    /** What is left out at either end of a piece: spaces, and the punctuation that joins or ends list items. */
    private static final String TRIM = " \t\r\n\u00a0\u3000,;:，；：、،؛-–—•*·";

    private NeedSegments() {
    }

    /** The segments of {@code text} written in {@code language} (BCP 47; English rules for any other), in order. */
    public static List<Segment> of(String text, String language) {
        return pieces(text, language).stream().map(Piece::span).toList();
    }

    /** As {@link #of}, each with the cut before it. */
    public static List<Piece> pieces(String text, String language) {
        List<Piece> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(LOCALES.getOrDefault(language, Locale.ENGLISH));
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            clauses(text, start, end, language, out);
        }
        if (out.size() > MAX_SEGMENTS) {
            Piece last = out.get(MAX_SEGMENTS - 1);
            Segment tail = out.get(out.size() - 1).span();
            out.subList(MAX_SEGMENTS - 1, out.size()).clear();
            out.add(new Piece(new Segment(last.span().start(), tail.end()), last.cut(), false));
        }
        return out;
    }

    private static void clauses(String text, int start, int end, String language, List<Piece> out) {
        String sentence = text.substring(start, end);
        // Where each cut falls, the strongest kind kept where two fall together.
        TreeMap<Integer, Cut> cuts = new TreeMap<>();
        mark(cuts, SEMICOLON.matcher(sentence), start, Cut.SEMICOLON, sentence, language);
        mark(cuts, COLON.matcher(sentence), start, Cut.COLON, sentence, language);
        mark(cuts, COMMA.matcher(sentence), start, Cut.COMMA, sentence, language);
        mark(cuts, COORDINATION.getOrDefault(language, COORDINATION.get("en")).matcher(sentence), start,
                Cut.COORDINATION, sentence, language);
        List<Piece> pieces = new ArrayList<>();
        int from = start;
        Cut before = out.isEmpty() ? Cut.START : Cut.SENTENCE;
        for (Map.Entry<Integer, Cut> cut : cuts.entrySet()) {
            if (add(text, from, cut.getKey(), before, pieces)) {
                before = cut.getValue();
            } else if (cut.getValue().ordinal() < before.ordinal() && before != Cut.START) {
                before = cut.getValue();
            }
            from = cut.getKey();
        }
        add(text, from, end, before, pieces);
        boolean whole = pieces.size() == 1;
        pieces.forEach(p -> out.add(new Piece(p.span(), p.cut(), whole)));
    }

    private static void mark(TreeMap<Integer, Cut> cuts, Matcher m, int offset, Cut kind, String sentence,
                             String language) {
        while (m.find()) {
            if (kind == Cut.COMMA && (insideNumber(sentence, m.start())
                    || opensSubordinate(sentence, m.end(), language))) {
                continue;
            }
            cuts.merge(offset + m.start(), kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
    }

    /** Whether what follows {@code at} starts with a word that subordinates it to what came before. */
    private static boolean opensSubordinate(String s, int at, String language) {
        String rest = s.substring(at).stripLeading().toLowerCase(Locale.ROOT);
        for (String w : SUBORDINATE.getOrDefault(language, SUBORDINATE.get("en"))) {
            boolean cjk = language.equals("zh");
            if (rest.startsWith(w) && (cjk || rest.length() == w.length() || !Character.isLetter(rest.charAt(w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "1,500", "2,5": a comma between digits is part of a number. */
    private static boolean insideNumber(String s, int at) {
        return at > 0 && at + 1 < s.length() && Character.isDigit(s.charAt(at - 1)) && Character.isDigit(s.charAt(at + 1));
    }

    /**
     * Whether the segment opens a list ("Assistance is requested in the following fields:"): it is followed by a
     * colon, so it introduces the needs rather than being one.
     */
    public static boolean opensList(String text, Segment segment) {
        for (int i = segment.end(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** Adds the piece between {@code start} and {@code end} when it holds a letter; whether it did. */
    private static boolean add(String text, int start, int end, Cut cut, List<Piece> out) {
        while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > start && text.substring(start, end).codePoints().anyMatch(Character::isLetter)) {
            out.add(new Piece(new Segment(start, end), cut, false));
            return true;
        }
        return false;
    }
}
