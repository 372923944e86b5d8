package org.tahub.instruments.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Instrument;

/** An instrument, resolution or declaration of the Compendium as the API shows it. */
public record InstrumentView(String slug, @Schema(nullable = true) String compendiumRef, String part,
                             @Schema(nullable = true) String section, String title,
                             @Schema(nullable = true) String shortName, String kind, String scope,
                             @Schema(nullable = true) String adoptingBody,
                             @Schema(nullable = true) LocalDate adoptedOn, int adoptedYear,
                             @Schema(nullable = true) String adoptedAt, @Schema(nullable = true) String depositary,
                             @Schema(nullable = true) LocalDate entryIntoForce,
                             @Schema(nullable = true) String citation, @Schema(nullable = true) String description,
                             List<Instrument.Relation> relations, List<String> areas, List<String> offenceGroups,
                             List<String> activities, List<String> keywords,
                             @Schema(nullable = true) String seedTitle, @Schema(nullable = true) String seedNote,
                             List<String> sources, String status, long version, OffsetDateTime updatedAt,
                             @Schema(nullable = true) Double relevance) {

    static InstrumentView of(Instrument i, Double relevance) {
        return new InstrumentView(i.slug, i.compendiumRef, i.part, i.section, i.title, i.shortName, i.kind, i.scope,
                i.adoptingBody, i.adoptedOn, i.adoptedYear, i.adoptedAt, i.depositary, i.entryIntoForce, i.citation,
                i.description, i.relations, i.areas, i.offenceGroups, i.activities, i.keywords, i.seedTitle,
                i.seedNote, i.sources, i.status.name(), i.version, i.updatedAt, relevance);
    }
}
