package org.tahub.instruments.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tahub.instruments.reference.ReferenceData.OfficialTitleRecord;
import org.tahub.instruments.reference.ReferenceData.OfficialTitlesFile;

/**
 * The official titles of the instruments in the other five UN languages ({@code catalogue/instrument-titles.json}),
 * read once: each from the depositary's or the adopting body's record, or an official publication of the text, with
 * its source. Only the languages in which an instrument's text is authentic (for a resolution, the languages the
 * body issued it in) have one; a title that could not be checked is absent, and the English title is shown instead.
 */
@ApplicationScoped
public class OfficialTitles {

    public static final String RESOURCE = "catalogue/instrument-titles.json";

    /** A title in one language, and where it comes from. */
    public record OfficialTitle(String language, String title, String source, String sourceName) {
    }

    private final Map<String, Map<String, OfficialTitle>> bySlug = new HashMap<>();

    public OfficialTitles() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            OfficialTitlesFile file = new ObjectMapper().readValue(in, OfficialTitlesFile.class);
            file.instruments().forEach((slug, titles) -> {
                Map<String, OfficialTitle> byLanguage = new TreeMap<>();
                if (titles.titles() != null) {
                    titles.titles().forEach((language, t) -> {
                        if (!ChecklistTranslations.LANGUAGES.contains(language) || language.equals("en")) {
                            throw new IllegalStateException(RESOURCE + ": " + slug + " has a title in " + language
                                    + ", not one of the other five UN languages");
                        }
                        if (t.title() == null || t.title().isBlank() || t.source() == null || t.source().isBlank()) {
                            throw new IllegalStateException(RESOURCE + ": the " + language + " title of " + slug
                                    + " lacks its text or its source");
                        }
                        byLanguage.put(language, of(language, t));
                    });
                }
                bySlug.put(slug, Map.copyOf(byLanguage));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    private static OfficialTitle of(String language, OfficialTitleRecord t) {
        return new OfficialTitle(language, t.title().strip(), t.source(), t.sourceName());
    }

    /** Every checked official title of the instrument, by language. */
    public Map<String, OfficialTitle> all(String slug) {
        return bySlug.getOrDefault(slug, Map.of());
    }

    /** Every checked title, for the search table. */
    public List<OfficialTitle> titlesOf(String slug) {
        return List.copyOf(all(slug).values());
    }

    public java.util.Set<String> slugs() {
        return bySlug.keySet();
    }
}
