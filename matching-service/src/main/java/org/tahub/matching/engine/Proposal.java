package org.tahub.matching.engine;

import java.util.List;

/**
 * An offer proposed for a need, with its score and every component of it in words a person can check;
 * {@code coordination} says when the need is already covered by another provider's engagement. Its words are bounded
 * ({@link #MAX_WORDS} characters each, cut with an ellipsis), so that a proposal's event stays within the size its
 * schema promises (matching/proposed.v2.json) whatever the words of a need or the names of the providers.
 */
public record Proposal(String needId, String offerId, String providerId, int rank, double score,
                       List<Component> components, String explanation, String coordination) {

    /** The longest explanation or coordination note, in code points (the schemas' maxLength). */
    public static final int MAX_WORDS = 500;

    public Proposal {
        explanation = bounded(explanation);
        coordination = bounded(coordination);
    }

    public record Component(String name, double value, double weight, String explanation) {
        public Component {
            explanation = bounded(explanation);
        }
    }

    static String bounded(String words) {
        if (words == null || words.codePointCount(0, words.length()) <= MAX_WORDS) {
            return words;
        }
        return words.substring(0, words.offsetByCodePoints(0, MAX_WORDS - 1)) + "\u2026";
    }
}
