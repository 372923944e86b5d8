package org.tahub.instruments.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.service.ChecklistTranslations;
import org.tahub.instruments.service.ReferenceDataImport;
import org.tahub.instruments.reference.ReferenceData.TranslatedText;

/** An implementation activity as the API shows it, in the language asked for where it has a translation. */
public record ActivityView(String code, String area, @Schema(nullable = true) String section,
                           @Schema(nullable = true) String offenceGroup, int ordinal, String title,
                           @Schema(nullable = true) String description, List<String> keywords, List<String> details,
                           @Schema(nullable = true) String seedNote, String status, long version,
                           OffsetDateTime updatedAt, String updatedBy,
                           @Schema(description = "The language of title, description, keywords and details (BCP 47)",
                                   examples = "fr")
                           String language,
                           @Schema(nullable = true, description = "Set when the texts are a translation: 'unofficial "
                                   + "translation' (the English text of the Cape Town report's annex is the "
                                   + "authoritative one)", examples = "unofficial translation")
                           String translation) {

    /** In English, the reference text. */
    static ActivityView of(Activity a) {
        return new ActivityView(a.code, a.area, a.section, a.offenceGroup, a.ordinal, a.title, a.description,
                a.keywords, a.details, a.seedNote, a.status.name(), a.version, a.updatedAt, a.updatedBy, "en", null);
    }

    /**
     * In the language asked for, when the activity has a translation and its wording is still the reference data's
     * (a curator's change is not translated yet: it is shown in English; a correction of the reference data, which
     * also raises the version, is translated with it).
     */
    static ActivityView of(Activity a, ChecklistTranslations translations, AnswerLanguage language) {
        TranslatedText t = ReferenceDataImport.ACTOR.equals(a.updatedBy)
                ? translations.activity(language.asked(), a.code).orElse(null) : null;
        if (t == null) {
            language.wrote("en");
            return of(a);
        }
        return new ActivityView(a.code, a.area, a.section, a.offenceGroup, a.ordinal, t.title(), t.description(),
                t.keywords(), t.details(), a.seedNote, a.status.name(), a.version, a.updatedAt, a.updatedBy,
                language.wrote(language.asked()), ChecklistTranslations.STATUS);
    }
}
