package org.tahub.languages;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * The language tags TA Hub accepts for what a state writes: any well-formed BCP 47 tag whose language is an ISO 639
 * code (RFC 5646: {@code fr},
 * {@code es-419}, {@code zh-Hans}), kept in its canonical case ({@code FR-ca} is {@code fr-CA}). A state may write in a
 * language other than the six; the classifier reads those six.
 */
public final class LanguageTags {

    /** The longest tag accepted (a language, script, region and one variant fit easily). */
    public static final int MAX_LENGTH = 35;

    private LanguageTags() {
    }

    /** The tag in canonical form, or empty when it is not a well-formed BCP 47 language tag. */
    public static Optional<String> canonical(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            // An ISO 639 code of two or three letters: BCP 47's longer primary subtags are reserved, none is assigned.
            int length = locale.getLanguage().length();
            return length < 2 || length > 3 ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /**
     * The UN language a tag names ({@code fr} for {@code fr-SN}, {@code zh} for {@code zh-Hans-CN}), or empty when it
     * names another language (or is not a well-formed tag): what the classifier can read a text as.
     */
    public static Optional<String> unLanguage(String tag) {
        return canonical(tag).map(t -> t.split("-")[0]).filter(TextLanguage.UN_LANGUAGES::contains);
    }
}
