package org.tahub.instruments.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tahub.instruments.reference.ReferenceData.ChecklistTranslationFile;
import org.tahub.instruments.reference.ReferenceData.TranslatedText;

/**
 * The checklist's areas and activities in the other five official languages of the United Nations: unofficial
 * translations by the team of the English text of the Cape Town report's annex (the only authoritative one), shipped
 * as {@code catalogue/checklist.<language>.json} and read once. A translation is of the reference wording: once a
 * curator has changed an activity, its translation is no longer shown (the English is), until it is translated again.
 */
@ApplicationScoped
public class ChecklistTranslations {

    /** The six official languages of the United Nations (BCP 47), English first: the language of the reference text. */
    public static final List<String> LANGUAGES = List.of("en", "ar", "zh", "fr", "ru", "es");
    public static final String STATUS = "unofficial translation";

    private final Map<String, Map<String, TranslatedText>> areas = new HashMap<>();
    private final Map<String, Map<String, TranslatedText>> activities = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    public ChecklistTranslations() {
        ObjectMapper json = new ObjectMapper();
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            String resource = "catalogue/checklist." + language + ".json";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the class path");
                }
                ChecklistTranslationFile file = json.readValue(in, ChecklistTranslationFile.class);
                if (!language.equals(file.language()) || !STATUS.equals(file.status())) {
                    throw new IllegalStateException(resource + " is not an " + STATUS + " into " + language);
                }
                areas.put(language, byCode(file.areas()));
                activities.put(language, byCode(file.activities()));
                notes.put(language, file.note());
            } catch (IOException e) {
                throw new UncheckedIOException(resource + " cannot be read", e);
            }
        }
    }

    private static Map<String, TranslatedText> byCode(List<TranslatedText> texts) {
        Map<String, TranslatedText> out = new HashMap<>();
        texts.forEach(t -> out.put(t.code(), t));
        return Map.copyOf(out);
    }

    /** The activity's texts in {@code language}; empty for English, and where there is no translation. */
    public Optional<TranslatedText> activity(String language, String code) {
        return Optional.ofNullable(activities.getOrDefault(language, Map.of()).get(code));
    }

    public Optional<TranslatedText> area(String language, String code) {
        return Optional.ofNullable(areas.getOrDefault(language, Map.of()).get(code));
    }

    /** The translation's own note, in its language (that it is unofficial, and which text is authoritative). */
    public String note(String language) {
        return notes.get(language);
    }
}
