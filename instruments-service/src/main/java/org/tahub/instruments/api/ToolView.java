package org.tahub.instruments.api;

import java.util.List;
import org.tahub.instruments.domain.Tool;

/** A technical-assistance tool as the API shows it. */
public record ToolView(String slug, String title, String shortName, String kind, String publisher,
                       String publisherBody, int year, String place, List<String> languages, List<String> categories,
                       List<String> areas, List<String> activities, List<String> instruments, String description,
                       List<String> keywords, String seedNote, List<String> sources, String status, long version,
                       Double relevance) {

    static ToolView of(Tool t, Double relevance) {
        return new ToolView(t.slug, t.title, t.shortName, t.kind, t.publisher, t.publisherBody, t.year, t.place,
                t.languages, t.categories, t.areas, t.activities, t.instruments, t.description, t.keywords,
                t.seedNote, t.sources, t.status.name(), t.version, relevance);
    }
}
