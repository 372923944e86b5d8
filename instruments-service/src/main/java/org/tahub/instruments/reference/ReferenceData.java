package org.tahub.instruments.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** The shapes of the reference-data files under {@code src/main/resources/catalogue/}. */
public final class ReferenceData {

    private ReferenceData() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChecklistFile(String version, String source, List<AreaRecord> areas,
                                List<OffenceGroupRecord> offenceGroups, List<ActivityRecord> activities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaRecord(String code, int number, String title, String description, List<String> keywords) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OffenceGroupRecord(String code, int number, String title, String description,
                                     List<String> keywords) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivityRecord(String code, String area, String section, String offenceGroup, int ordinal,
                                 String title, String description, List<String> keywords, List<String> details,
                                 String seedNote) {
    }

    /**
     * An unofficial translation of the checklist ({@code catalogue/checklist.<language>.json}): the texts of its areas
     * and activities in one of the other official languages of the United Nations, by code.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChecklistTranslationFile(String language, String translationOf, String status, String note,
                                           List<TranslatedText> areas, List<TranslatedText> activities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TranslatedText(String code, String title, String description, List<String> keywords,
                                 List<String> details) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RelationRecord(String type, String target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InstrumentRecord(String slug, String compendiumRef, String part, String section, String title,
                                   String shortName, String seedTitle, String kind, String scope,
                                   String adoptingBody, LocalDate adoptedOn, int adoptedYear, String adoptedAt,
                                   String depositary, LocalDate entryIntoForce, String citation,
                                   String description, List<RelationRecord> relations, List<String> areas,
                                   List<String> offenceGroups, List<String> activities, List<String> keywords,
                                   String seedNote, List<String> sources) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ToolsFile(List<ToolCategoryRecord> categories, List<ToolRecord> tools) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ToolCategoryRecord(String code, String title, String area, String offenceGroup) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ToolRecord(String slug, String title, String shortName, String kind, String publisher,
                             String publisherBody, int year, String place, List<String> languages,
                             List<String> categories, List<String> areas, List<String> activities,
                             List<String> instruments, String description, List<String> keywords, String seedNote,
                             List<String> sources) {
    }

    /**
     * {@code catalogue/instrument-titles.json}: the official titles of the instruments in the other UN languages,
     * each from the depositary's or the adopting body's record (or an official publication of the text) with its
     * source; a title that could not be checked is absent and listed under {@code unchecked}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficialTitlesFile(String about, java.util.Map<String, InstrumentTitles> instruments,
                                     List<UncheckedTitle> unchecked) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InstrumentTitles(AuthenticLanguages authenticLanguages,
                                   java.util.Map<String, OfficialTitleRecord> titles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthenticLanguages(List<String> languages, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficialTitleRecord(String title, String source, String sourceName, String excerpt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UncheckedTitle(String slug, String language, String reason) {
    }
}
