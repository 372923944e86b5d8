package org.tahub.assessments.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.service.RatificationsQuery;
import org.tahub.edge.parameters.CodeParameters;

/**
 * A state's standing towards the universal instruments, as it reported it in its current assessment (the latest
 * submitted version: awaiting validation, validated or returned).
 */
public record StateRatificationsView(
        @Schema(description = "ISO3 of the state", pattern = CodeParameters.ISO3, examples = "KEN") String state,
        @Schema(description = "The state's short name", examples = "Kenya") String stateName,
        @Schema(description = "The version the standings are taken from") UUID assessmentId,
        @Schema(description = "The period (year) of that version", examples = "2026") int period,
        @Schema(description = "Status of that version", enumeration = {"SUBMITTED", "VALIDATED", "RETURNED"}, examples = "SUBMITTED") String status,
        @Schema(description = "The standings it reports, in the order the state gave them (only the instrument asked for, with instrument=)") List<Standing> standings) {

    public static StateRatificationsView of(RatificationsQuery.ReportedStandings reported) {
        Assessment a = reported.assessment();
        return new StateRatificationsView(a.state, reported.stateName(), a.id, a.period, a.status.name(),
                reported.standings().stream().map(Standing::of).toList());
    }

    /** The state's standing towards one universal instrument. */
    public record Standing(
            @Schema(description = "Instrument slug, as in GET /api/v1/assessments/template", examples = "terrorist-financing-convention-1999") String instrument,
            @Schema(description = "The state's standing", enumeration = {"PARTY", "SIGNATORY", "NOT_PARTY"}, examples = "PARTY") String status,
            @Schema(nullable = true, description = "Date of signature", format = "date", examples = "2001-12-04") LocalDate signedOn,
            @Schema(nullable = true, description = "Date of ratification, acceptance, approval or accession", format = "date", examples = "2003-06-27") LocalDate consentOn) {

        public static Standing of(Ratification r) {
            return new Standing(r.instrument(), r.status() == null ? null : r.status().name(), r.signedOn(),
                    r.consentOn());
        }
    }
}
