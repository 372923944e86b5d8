package org.tahub.instruments.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.instruments.domain.Instrument;

/**
 * What a curator sends to create or change an instrument. The slug is set at creation and never changes;
 * status, version and the audit fields are the service's.
 */
@Schema(description = "An instrument of the Compendium as a curator writes it")
public record InstrumentInput(
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case words joined by hyphens")
        @Size(max = 120) @Schema(example = "council-of-europe-convention-prevention-terrorism-2005") String slug,
        @Pattern(regexp = "^[AC](\\.[0-9]{1,4}){1,2}$", message = "must look like A.1.3 or C.12")
        @Size(max = 16) @Schema(example = "A.4.12") String compendiumRef,
        @NotNull @Pattern(regexp = "^[AC]$", message = "must be A or C") @Size(max = 1) @Schema(example = "A") String part,
        @Size(max = 8) @Schema(example = "A.4") String section,
        @NotBlank @Size(max = 1000) @Schema(example = "Council of Europe Convention on the Prevention of Terrorism") String title,
        @Size(max = 200) @Schema(example = "Warsaw Convention") String shortName,
        @NotBlank @Pattern(regexp = "^(convention|protocol|resolution|declaration|recommendations|framework-decision|treaty|agreement|charter|plan-of-action|statement|report|conclusions|guidelines)$",
                message = "must be one of convention, protocol, resolution, declaration, recommendations, framework-decision, treaty, agreement, charter, plan-of-action, statement, report, conclusions, guidelines")
        @Size(max = 40) @Schema(example = "convention") String kind,
        @NotNull @Pattern(regexp = "^(universal|regional)$", message = "must be universal or regional")
        @Size(max = 16) @Schema(example = "regional") String scope,
        @Size(max = 40) @Schema(example = "COE") String adoptingBody,
        @Schema(example = "2005-05-16", description = "In the years 1900 to 2100, and in adoptedYear") LocalDate adoptedOn,
        @NotNull @Min(Instrument.FIRST_YEAR) @Max(Instrument.LAST_YEAR) @Schema(example = "2005") Integer adoptedYear,
        @Size(max = 200) @Schema(example = "Warsaw") String adoptedAt,
        @Size(max = 500) @Schema(example = "Secretary General of the Council of Europe") String depositary,
        @Schema(example = "2007-06-01", description = "In the years 1900 to 2100, not before adoptedOn") LocalDate entryIntoForce,
        @Size(max = 200) @Schema(example = "CETS No. 196") String citation,
        @Size(max = 4000) String description,
        @Size(max = 50) List<@NotNull @Valid RelationInput> relations,
        @Size(max = 11) List<@NotBlank @Size(max = 8) String> areas,
        @Size(max = 15) List<@NotBlank @Size(max = 16) String> offenceGroups,
        @Size(max = 130) List<@NotBlank @Size(max = 16) String> activities,
        @Size(max = 40) List<@NotBlank @Size(max = 80) String> keywords,
        @Size(max = 2000) String seedNote,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> sources) {

    /** A link to another catalogue entry. */
    public record RelationInput(
            @NotNull @Pattern(regexp = "^(supplements|supplementedBy|amends|amendedBy|relatedTo)$",
                    message = "must be supplements, supplementedBy, amends, amendedBy or relatedTo")
            @Size(max = 20) @Schema(example = "supplements") String type,
            @NotBlank @Size(max = 120) @Schema(example = "terrorist-financing-convention-1999") String target) {
    }
}
