package org.tahub.instruments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Tool;

/** A technical-assistance tool as the API shows it. */
public record ToolView(String slug, String title, @Schema(nullable = true) String shortName, String kind,
                       String publisher, @Schema(nullable = true) String publisherBody, int year,
                       @Schema(nullable = true) String place, List<String> languages, List<String> categories,
                       List<String> areas, List<String> activities, List<String> instruments,
                       @Schema(nullable = true) String description, List<String> keywords,
                       @Schema(nullable = true) String seedNote, List<String> sources, String status, long version,
                       @Schema(nullable = true) Double relevance) {

    static ToolView of(Tool t, Double relevance) {
        return new ToolView(t.slug, t.title, t.shortName, t.kind, t.publisher, t.publisherBody, t.year, t.place,
                t.languages, t.categories, t.areas, t.activities, t.instruments, t.description, t.keywords,
                t.seedNote, t.sources, t.status.name(), t.version, relevance);
    }
}
