package org.tahub.instruments.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.tahub.instruments.service.ChecklistTranslations;

/**
 * The language an answer is written in: the first of the caller's {@code Accept-Language} (by weight) that is one of
 * the six official languages of the United Nations, English when none is (or the header is absent or unreadable: it
 * is a preference, not a condition). The answer's {@code Content-Language} names the languages its texts came out in
 * (English too, where a text has no translation), and {@code Vary: Accept-Language} tells caches that it depends on
 * the header.
 */
final class AnswerLanguage {

    private final String asked;
    private final Set<String> used = new LinkedHashSet<>();

    private AnswerLanguage(String asked) {
        this.asked = asked;
    }

    static AnswerLanguage of(HttpHeaders headers) {
        try {
            for (Locale locale : headers.getAcceptableLanguages()) {
                if (ChecklistTranslations.LANGUAGES.contains(locale.getLanguage())) {
                    return new AnswerLanguage(locale.getLanguage());
                }
            }
        } catch (RuntimeException unreadable) {
            // an Accept-Language that cannot be parsed asks for nothing
        }
        return new AnswerLanguage("en");
    }

    /** The language asked for (one of the six). */
    String asked() {
        return asked;
    }

    /** Notes that a text of the answer is in {@code language}, and returns it. */
    String wrote(String language) {
        used.add(language);
        return language;
    }

    Response.ResponseBuilder on(Response.ResponseBuilder answer) {
        return answer.header("Content-Language", used.isEmpty() ? asked : String.join(", ", used))
                .header("Vary", "Accept-Language");
    }
}
