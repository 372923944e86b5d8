package org.tahub.languages;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Map;

/**
 * Which of the six official languages of the United Nations a text is written in, as a BCP 47 code: {@code ar},
 * {@code en}, {@code es}, {@code fr}, {@code ru}, {@code zh}. Read by Lingua among those six only (its trigram
 * models, the low-accuracy mode, which is enough for a sentence and keeps the memory small); a text it cannot place
 * (digits, a name) is taken as English.
 */
public final class TextLanguage {

    /** The six, in the order of their names in English. */
    public static final List<String> UN_LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final Map<Language, String> CODES = Map.of(Language.ARABIC, "ar", Language.CHINESE, "zh",
            Language.ENGLISH, "en", Language.FRENCH, "fr", Language.RUSSIAN, "ru", Language.SPANISH, "es");

    private final LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(Language.ARABIC, Language.CHINESE, Language.ENGLISH, Language.FRENCH, Language.RUSSIAN,
                    Language.SPANISH)
            .withLowAccuracyMode()
            .build();

    /** One detector for the process, built on first use (its models take a moment and some memory to load). */
    private static final class Shared {
        static final TextLanguage INSTANCE = new TextLanguage();
    }

    public static TextLanguage shared() {
        return Shared.INSTANCE;
    }

    /** The language of {@code text}; English when it cannot be told. */
    public String of(String text) {
        return CODES.getOrDefault(detector.detectLanguageOf(text), "en");
    }
}
