package org.tahub.instruments.api;

import java.util.Map;
import java.util.TreeMap;
import org.tahub.instruments.service.OfficialTitles;
import org.tahub.instruments.service.ReferenceDataImport;

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
                             @Schema(nullable = true) Double relevance,
                             @Schema(description = "The language of title (BCP 47): the one Accept-Language asked for "
                                     + "when the instrument has a checked official title in it, else English (the "
                                     + "description and keywords are always English)", examples = "fr")
                             String language,
                             @Schema(nullable = true, description = "Where the title comes from when it is not the "
                                     + "English one: the depositary's or adopting body's record")
                             TitleSource titleSource,
                             @Schema(description = "Every official title in the other UN languages that was checked, "
                                     + "by language (only languages in which the text is authentic, or the body "
                                     + "issued it), each with its source")
                             Map<String, OfficialTitleView> officialTitles) {

    /** Where an official title was read. */
    @Schema(description = "Where an official title was read")
    public record TitleSource(@Schema(examples = "UN Treaty Collection, chapter XVIII.11") String name,
                              @Schema(examples = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-11&chapter=18")
                              String url) {
    }

    /** An official title in one language, with its source. */
    @Schema(description = "An official title in one language, with its source")
    public record OfficialTitleView(@Schema(examples = "Convention internationale pour la répression du financement du terrorisme")
                                    String title, TitleSource source) {
    }

    /** In English, with no official titles (an answer to a curator's change). */
    static InstrumentView of(Instrument i, Double relevance) {
        return withTitles(i, relevance, Map.of(), null);
    }

    /**
     * In the language asked for where the instrument has a checked official title in it; English otherwise (and
     * always while a curator's English title is not the reference data's: the translation would be of another text).
     */
    static InstrumentView of(Instrument i, Double relevance, OfficialTitles titles, AnswerLanguage language) {
        Map<String, OfficialTitles.OfficialTitle> all = titles.all(i.slug);
        OfficialTitles.OfficialTitle shown = ReferenceDataImport.ACTOR.equals(i.updatedBy)
                ? all.get(language.asked()) : null;
        language.wrote(shown == null ? "en" : shown.language());
        return withTitles(i, relevance, all, shown);
    }

    /** With its official titles ({@code all}, by language), titled in {@code shown}, or in English when null. */
    private static InstrumentView withTitles(Instrument i, Double relevance,
                                             Map<String, OfficialTitles.OfficialTitle> all,
                                             OfficialTitles.OfficialTitle shown) {
        Map<String, OfficialTitleView> official = new TreeMap<>();
        all.forEach((lang, t) -> official.put(lang, new OfficialTitleView(t.title(),
                new TitleSource(t.sourceName(), t.source()))));
        return new InstrumentView(i.slug, i.compendiumRef, i.part, i.section, shown == null ? i.title : shown.title(),
                i.shortName, i.kind, i.scope, i.adoptingBody, i.adoptedOn, i.adoptedYear, i.adoptedAt, i.depositary,
                i.entryIntoForce, i.citation, i.description, i.relations, i.areas, i.offenceGroups, i.activities,
                i.keywords, i.seedTitle, i.seedNote, i.sources, i.status.name(), i.version, i.updatedAt, relevance,
                shown == null ? "en" : shown.language(),
                shown == null ? null : new TitleSource(shown.sourceName(), shown.source()), official);
    }
}
