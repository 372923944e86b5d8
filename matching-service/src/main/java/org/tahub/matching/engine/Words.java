package org.tahub.matching.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The content words of a text, lower-cased and crudely stemmed, for a cheap text-relevance measure. */
public final class Words {

    private static final Set<String> STOP = Set.of("about", "after", "also", "among", "and", "assistance", "before",
            "being", "between", "both", "could", "does", "each", "from", "have", "help", "into", "more", "need", "needs",
            "only", "other", "over", "should", "some", "such", "support", "than", "that", "their", "them", "there",
            "these", "they", "this", "those", "through", "under", "upon", "very", "what", "when", "where", "which",
            "while", "with", "within", "without", "would", "your", "state", "states", "national");

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Arabic's vowel marks (harakat, shadda, sukun, the dagger alif): marks, not letters, often written, never needed. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\p{InArabic}&&\\p{Mn}]");

    private Words() {
    }

    public static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        for (String w : SEPARATORS.split(ARABIC_MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT))) {
            if (w.length() < 4 || STOP.contains(w)) {
                continue;
            }
            words.add(stem(w));
        }
        return words;
    }

    /** A plural's {@code s} first, then one ending, so that singular and plural meet: investigations, investigation. */
    static String stem(String w) {
        if (w.endsWith("ies") && w.length() > 5) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() > 6) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ion") && w.length() > 6) {
            return w.substring(0, w.length() - 3);
        }
        return w;
    }
}
