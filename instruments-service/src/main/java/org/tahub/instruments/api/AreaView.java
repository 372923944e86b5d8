package org.tahub.instruments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.Area;
import org.tahub.instruments.service.ChecklistTranslations;
import org.tahub.instruments.reference.ReferenceData.TranslatedText;

/**
 * An area of the checklist as the API shows it, in the language asked for where it has a translation;
 * {@code activities} only when one area is asked for.
 */
public record AreaView(String code, int number, String title, @Schema(nullable = true) String description,
                       List<String> keywords, String status, int activityCount,
                       @Schema(nullable = true) List<ActivityView> activities,
                       @Schema(description = "The language of title and description (BCP 47)", examples = "fr")
                       String language,
                       @Schema(nullable = true, description = "Set when the texts are a translation: 'unofficial "
                               + "translation'", examples = "unofficial translation")
                       String translation) {

    static AreaView of(Area a, int activityCount, List<Activity> activities, ChecklistTranslations translations,
                       AnswerLanguage language) {
        List<ActivityView> views = activities == null ? null
                : activities.stream().map(x -> ActivityView.of(x, translations, language)).toList();
        TranslatedText t = translations.area(language.asked(), a.code).orElse(null);
        if (t == null) {
            return new AreaView(a.code, a.number, a.title, a.description, a.keywords, a.status.name(), activityCount,
                    views, language.wrote("en"), null);
        }
        return new AreaView(a.code, a.number, t.title(), t.description(), a.keywords, a.status.name(), activityCount,
                views, language.wrote(language.asked()), ChecklistTranslations.STATUS);
    }
}
