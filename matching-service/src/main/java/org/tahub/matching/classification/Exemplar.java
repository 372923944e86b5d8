package org.tahub.matching.classification;

import java.util.List;
import org.tahub.languages.TextLanguage;

/**
 * A text whose areas and activities are known: a checklist activity's own wording, or a labelled statement of need.
 *
 * @param source {@code activity}, {@code synopsis-2004} or {@code statement}
 * @param language the BCP 47 code of the text's language, one of {@link TextLanguage#UN_LANGUAGES}
 */
public record Exemplar(String id, String text, List<String> areas, List<String> activities, String source,
                       String language) {

    /** An exemplar in English. */
    public Exemplar(String id, String text, List<String> areas, List<String> activities, String source) {
        this(id, text, areas, activities, source, "en");
    }
}
