package org.tahub.instruments.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tahub.instruments.domain.Instrument;

/** An instrument, resolution or declaration of the Compendium as the API shows it. */
public record InstrumentView(String slug, String compendiumRef, String part, String section, String title,
                             String shortName, String kind, String scope, String adoptingBody, LocalDate adoptedOn,
                             int adoptedYear, String adoptedAt, String depositary, LocalDate entryIntoForce,
                             String citation, String description, List<Instrument.Relation> relations,
                             List<String> areas, List<String> offenceGroups, List<String> activities,
                             List<String> keywords, String seedTitle, String seedNote, List<String> sources,
                             String status, long version, OffsetDateTime updatedAt, Double relevance) {

    static InstrumentView of(Instrument i, Double relevance) {
        return new InstrumentView(i.slug, i.compendiumRef, i.part, i.section, i.title, i.shortName, i.kind, i.scope,
                i.adoptingBody, i.adoptedOn, i.adoptedYear, i.adoptedAt, i.depositary, i.entryIntoForce, i.citation,
                i.description, i.relations, i.areas, i.offenceGroups, i.activities, i.keywords, i.seedTitle,
                i.seedNote, i.sources, i.status.name(), i.version, i.updatedAt, relevance);
    }
}
